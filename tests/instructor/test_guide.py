"""The instructor's guide (Italian and English) stays true to the repository it describes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from smm_course import settings
from smm_course.curriculum import LESSONS

ROOT = Path(__file__).resolve().parents[2]
GUIDE_IT = ROOT / "docs" / "guida-docente.md"
GUIDE_EN = ROOT / "docs" / "instructor-guide.md"
GUIDES = (GUIDE_IT, GUIDE_EN)
MARKDOWN = sorted({ROOT / "README.md", *(ROOT / "docs").rglob("*.md"), *GUIDES})
ASSIGNMENTS = tuple(lesson.assignment for lesson in LESSONS if lesson.assignment)

FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"`[^`]*`")
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
SLOT = re.compile(r"^\|\s*(\d{1,2}):(\d{2})–(\d{1,2}):(\d{2})\s*\|.*\|\s*(\d+) min\s*\|\s*$")
PLACEHOLDER = re.compile(r"\\\{\w+\\\}")


def _prose_lines(path: Path) -> list[str]:
    """The file's lines outside fenced code blocks."""
    lines, fenced = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            lines.append(line)
    return lines


def _link_targets(path: Path) -> list[str]:
    targets = []
    for line in _prose_lines(path):
        text = INLINE_CODE.sub("", line)
        targets += LINK.findall(text)
        targets += REFERENCE.findall(text)
    return targets


def _local_target(path: Path, target: str) -> Path | None:
    """The file a relative link points at, or None for web links and pure anchors."""
    if SCHEME.match(target) or target.startswith("#"):
        return None
    target = unquote(target.split("#", 1)[0].split("?", 1)[0])
    return (path.parent / target).resolve() if target else None


def test_both_guides_exist_and_readme_links_them():
    readme = ROOT / "README.md"
    linked = {_local_target(readme, t) for t in _link_targets(readme)}
    for guide in GUIDES:
        assert guide.is_file(), guide
        assert guide.resolve() in linked, f"README.md non rimanda a {guide.name}"


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_point_at_files_that_exist(path: Path):
    broken = []
    for target in _link_targets(path):
        local = _local_target(path, target)
        if local is not None and not local.exists():
            broken.append(target)
    assert not broken, f"{path.relative_to(ROOT)}: link a file che non esistono: {broken}"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_guide_links_every_lesson_notebook_and_the_curriculum(guide: Path):
    linked = {_local_target(guide, t) for t in _link_targets(guide)}
    expected = [ROOT / "src" / "smm_course" / "curriculum.py"]
    expected += sorted((ROOT / "lessons").glob("*.ipynb"))
    missing = [str(p.relative_to(ROOT)) for p in expected if p.resolve() not in linked]
    assert not missing, f"{guide.name} non rimanda a: {missing}"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_day_plan_gives_every_lesson_its_minutes_and_a_time_slot(guide: Path):
    lines = _prose_lines(guide)
    missing = []
    for lesson in LESSONS:
        minutes = re.compile(rf"\b{lesson.minutes} min\b")
        if not any(
            lesson.notebook in line and minutes.search(line) and CLOCK.search(line)
            for line in lines
        ):
            missing.append(f"{lesson.notebook} ({lesson.minutes} min)")
    assert not missing, f"{guide.name}: lezioni senza orario e durata: {missing}"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_graded_exercise_has_an_expected_time(guide: Path):
    lines = _prose_lines(guide)
    duration = re.compile(r"\b\d+ min\b")
    missing = [
        name
        for name in ASSIGNMENTS
        if not any(name in line and duration.search(line) for line in lines)
    ]
    assert not missing, f"{guide.name}: esercizi senza tempo previsto: {missing}"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_day_plan_times_add_up(guide: Path):
    slots, previous_end, problems = 0, None, []
    for line in _prose_lines(guide):
        match = SLOT.match(line)
        if not match:
            previous_end = None if not line.startswith("|") else previous_end
            continue
        h1, m1, h2, m2, minutes = map(int, match.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        slots += 1
        if end - start != minutes:
            problems.append(f"{line.strip()}: {end - start} min, non {minutes}")
        if previous_end is not None and start != previous_end:
            problems.append(f"{line.strip()}: non comincia dove finisce la riga prima")
        previous_end = end
    assert slots >= len(LESSONS), f"{guide.name}: piano della giornata non trovato"
    assert not problems, "\n".join(problems)


def _headings(path: Path) -> list[int]:
    return [
        len(line) - len(line.lstrip("#"))
        for line in _prose_lines(path)
        if re.match(r"^#{1,6} ", line)
    ]


def test_both_languages_have_the_same_section_structure():
    italian, english = _headings(GUIDE_IT), _headings(GUIDE_EN)
    assert len(italian) >= 10
    assert italian == english, "le due guide hanno titoli di sezione diversi per numero o livello"


def _locale_templates(lang: str) -> list[re.Pattern[str]]:
    def strings(value: object) -> list[str]:
        if isinstance(value, dict):
            return [s for item in value.values() for s in strings(item)]
        return [value] if isinstance(value, str) else []

    folder = ROOT / "src" / "smm_course" / "locales" / lang
    patterns = []
    for path in sorted(folder.glob("*.json")):
        for text in strings(json.loads(path.read_text(encoding="utf-8"))):
            literal = re.escape(text.replace("{{", "{").replace("}}", "}"))
            patterns.append(re.compile(PLACEHOLDER.sub(".+?", literal)))
    return patterns


@pytest.mark.parametrize(
    ("guide", "langs"), [(GUIDE_IT, ("it",)), (GUIDE_EN, ("it", "en"))], ids=["it", "en"]
)
def test_quoted_checker_messages_are_real_messages(guide: Path, langs: tuple[str, ...]):
    templates = [p for lang in langs for p in _locale_templates(lang)]
    quotes = [
        line[1:].strip()
        for line in _prose_lines(guide)
        if line.startswith(">") and line[1:].strip()
    ]
    assert len(quotes) >= 10, f"{guide.name}: pochi messaggi citati ({len(quotes)})"
    invented = [q for q in quotes if not any(p.fullmatch(q) for p in templates)]
    assert not invented, f"{guide.name}: messaggi che il corso non scrive: {invented}"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_guide_names_the_real_solution_switches(guide: Path):
    text = guide.read_text(encoding="utf-8")
    assert f"{settings.SOLUTIONS_ENV}=off" in text
    assert settings.CLASS_FILE in text and '{"solutions": false}' in text
    assert f'set_setting("{settings.SOLUTIONS_KEYS[-1]}", False)' in text


def _switch_env(monkeypatch, folder: Path) -> None:
    monkeypatch.setenv(settings.SOLUTIONS_ENV, "off")


def _switch_class_file(monkeypatch, folder: Path) -> None:
    (folder.parent / settings.CLASS_FILE).write_text('{"solutions": false}', "utf-8")


def _switch_workbook(monkeypatch, folder: Path) -> None:
    from smm_course.workbook import Workbook

    Workbook.open().set_setting("show_solutions", False)


def _checked_form() -> object:
    """The lesson-02 canvas form with a model solution, after a first attempt."""
    from smm_course.widgets import BMCForm

    form = BMCForm("l02.canvas", solution={"customer_segments": "Aziende torinesi e famiglie"})
    form.check()
    return form


def _button_shown(form: object) -> bool:
    return form.solution_button.layout.display != "none"


@pytest.mark.parametrize(
    "switch", [_switch_env, _switch_class_file, _switch_workbook], ids=["env", "file", "workbook"]
)
def test_each_documented_switch_hides_the_solution_button(switch, monkeypatch, tmp_path):
    lessons = tmp_path / "classe" / "lessons"
    lessons.mkdir(parents=True)
    monkeypatch.chdir(lessons)  # the kernel of a lesson runs in the lessons folder
    assert _button_shown(_checked_form())
    switch(monkeypatch, lessons)
    assert not _button_shown(_checked_form())
