"""The redline of two versions of a policy: `engine` computes it into `model`, `render` writes it as text,
Markdown, JSON or HTML. Every interface word is in strings.py."""
from __future__ import annotations

from policysite.redline.engine import (
    apply,
    diff,
    diff_blocks,
    match_sections,
    segments,
    target_tokens,
    word_ops,
    word_tokens,
)
from policysite.redline.model import (
                                      BLOCK_KINDS,
                                      DELETE,
                                      EQUAL,
                                      INSERT,
                                      SECTION_KINDS,
                                      BlockChange,
                                      Notes,
                                      Op,
                                      Redline,
                                      SectionChange,
                                      Summary,
                                      Token,
                                      Tokenizer,
)
from policysite.redline.render import render_html, render_markdown, render_text, to_json, wants_color
from policysite.strings import redline_labels as labels

__all__ = [
    "BLOCK_KINDS", "DELETE", "EQUAL", "INSERT", "SECTION_KINDS", "BlockChange", "Notes", "Op", "Redline",
    "SectionChange", "Summary", "Token", "Tokenizer", "apply", "diff", "diff_blocks", "labels", "match_sections",
    "render_html", "render_markdown", "render_text", "segments", "target_tokens", "to_json", "wants_color",
    "word_ops", "word_tokens",
]
