"""The publishing layer's errors: a publication refused or failed, and the gate's refusal of a version."""
from __future__ import annotations

from policysite import gate


class PublishError(Exception):
    """A publication refused or failed; the message names the date and what to do."""


class ManifestUnreadable(PublishError):
    """A manifest on the branch that cannot be read: a publication stops; `policy verify` names it among the rest."""


class RefusedError(PublishError):
    """The gate refused a version: its findings are in `refusal`."""

    def __init__(self, refusal: gate.Refusal):
        super().__init__(refusal)

    @property
    def refusal(self) -> gate.Refusal:
        return self.args[0]

    def __str__(self) -> str:
        return str(self.refusal)


class ImportRefused(Exception):
    """`policy import` cannot go ahead (uncommitted changes, no dated file): nothing was changed."""
