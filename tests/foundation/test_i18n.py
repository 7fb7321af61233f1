import json
from pathlib import Path

import pytest

from smm_course import i18n

LOCALES = Path(i18n.__file__).parent / "locales"


def test_both_languages_have_the_same_keys():
    it, en = i18n.catalogue("it"), i18n.catalogue("en")
    assert it, "the Italian catalogue is empty"
    assert sorted(set(it) - set(en)) == []
    assert sorted(set(en) - set(it)) == []


def test_same_placeholders_in_both_languages():
    it, en = i18n.catalogue("it"), i18n.catalogue("en")
    mismatched = {
        key: (i18n.placeholders(it[key]), i18n.placeholders(en[key]))
        for key in it
        if i18n.placeholders(it[key]) != i18n.placeholders(en[key])
    }
    assert mismatched == {}


def test_every_locale_file_is_valid_json_in_both_languages():
    it_files = sorted(p.name for p in (LOCALES / "it").glob("*.json"))
    en_files = sorted(p.name for p in (LOCALES / "en").glob("*.json"))
    assert it_files == en_files
    for path in (LOCALES / "it").glob("*.json"):
        assert isinstance(json.loads(path.read_text(encoding="utf-8")), dict)


def test_italian_is_the_default_and_env_switches(monkeypatch):
    assert i18n.get_language() == "it"
    assert i18n.t("progress.col.lesson") == "Lezione"
    monkeypatch.setenv("SMM_COURSE_LANG", "en_US.UTF-8")
    assert i18n.get_language() == "en"
    assert i18n.t("progress.col.lesson") == "Lesson"


def test_set_language_rejects_unknown_codes(monkeypatch):
    monkeypatch.delenv("SMM_COURSE_LANG", raising=False)
    with pytest.raises(ValueError, match="Lingua non supportata"):
        i18n.set_language("fr")
    assert i18n.set_language("en") == "en"
    assert i18n.t("progress.col.done") == "Done"


def test_placeholders_are_filled_and_missing_values_do_not_crash():
    text = i18n.t("progress.overall", passed=3, total=4, share=75)
    assert "3" in text and "4" in text and "75%" in text
    assert i18n.t("progress.overall") == i18n.catalogue("it")["progress.overall"]
    assert i18n.t("no.such.key") == "no.such.key"
