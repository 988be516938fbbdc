"""The interface words of languages beyond English and French, one module each: `STRINGS` (strings.STRINGS's
keys) and `REDLINE` (strings.REDLINE_STRINGS's). A missing key reads in English; a language with no module reads
entirely in English (`policy init` says so)."""
