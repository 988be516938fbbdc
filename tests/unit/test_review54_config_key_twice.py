"""Review 54: a configuration key given twice (safety88) was refused at its second line only, "key “site_url” is
given twice": the legal team reading mkdocs.yml:65 had to hunt for the other through a file of settings, and was not
told what to do. The error now names the first line too, and says to keep the one meant, in English and French."""
from __future__ import annotations

import io

import pytest
from mkdocs.exceptions import ConfigurationError

from policysite import settings
from policysite.messages import said_in

NB = "\u00a0"


def _refused(text: str) -> ConfigurationError:
    source = io.BytesIO(text.encode("utf-8"))
    source.name = "/somewhere/mkdocs.yml"
    with pytest.raises(ConfigurationError) as raised:
        settings.read_yaml(source)
    return raised.value


@pytest.mark.parametrize(("text", "key", "line", "first"), [
    ("site_name: A\nsite_url: https://a.example/\ncopyright: C\nsite_url: https://b.example/\n", "site_url", 4, 2),
    ("theme:\n  name: material\n  custom_dir: overrides\n  font: false\n  custom_dir: /etc\n", "custom_dir", 5, 3),
    ("<<: {site_name: Merged}\nsite_name: Written\n", "site_name", 2, 1),
])
def test_the_key_given_twice_is_said_with_both_its_lines_and_what_to_do(text, key, line, first):
    error = _refused(text)
    assert f"mkdocs.yml:{line}: key “{key}” is given twice, first on line {first}: keep the one meant and remove " \
        "the other" in str(error), str(error)
    french = said_in(error.args[0], "fr")
    assert f"la clé «{NB}{key}{NB}» est donnée deux fois, d'abord à la ligne {first}{NB}: gardez celle voulue" \
        in french, french


def test_a_configuration_with_each_key_once_is_read():
    source = io.BytesIO(b"site_name: A\nsite_url: https://a.example/\ntheme:\n  name: material\n")
    source.name = "/somewhere/mkdocs.yml"
    assert settings.read_yaml(source)["site_url"] == "https://a.example/"
