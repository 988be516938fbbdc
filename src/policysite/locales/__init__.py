"""The interface words of languages beyond English and French, one module each: `STRINGS` (strings.STRINGS's
keys) and `REDLINE` (strings.REDLINE_STRINGS's). A missing key reads in English; a language with no module reads
entirely in English (`policy init` says so). How a language sets a status in brackets after other words ("（現行）",
no space, in Japanese) is not a key: strings.ASIDES, and its twin in policy.js (policyAside)."""
