"""Publish a privacy policy written in Markdown as a versioned, bilingual static site."""
