"""company18: an Argentine company's policy writes with vos ("Podés ejercer tus derechos. Escribinos a …",
"Contactanos"): forms no list holds, each a spelling finding that refused its versions. In Spanish as Argentina,
Uruguay and Paraguay write it, a vos present and an imperative with its pronouns written onto it are read as their
infinitive; elsewhere "contactanos" still lacks the accent tú calls for."""
from __future__ import annotations

import pytest

from policysite import spelling

VOS = {"podés", "usás", "aceptás", "Contactanos", "escribinos", "Escribinos", "comunicate", "contactate"}


@pytest.mark.parametrize("lang", ["es-AR", "es-UY", "es-PY"])
def test_vos_forms_are_read_as_their_infinitive_where_vos_is_written(lang):
    assert spelling._in_dictionary(lang, frozenset(VOS)) == VOS
    assert spelling._in_dictionary(lang, frozenset({"podéz", "contactanso", "xyzás", "escribinoss"})) == set()


def test_elsewhere_they_are_still_findings():
    for lang in ("es", "es-ES", "es-MX"):
        assert spelling._in_dictionary(lang, frozenset({"Contactanos", "escribinos", "podés"})) == set(), lang
