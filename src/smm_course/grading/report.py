"""What a class did with one assignment: scores, each test's pass rate, common wrong answers."""

from __future__ import annotations

import ast
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smm_course.frameworks.concepts import Concept, fold
from smm_course.grading.course import Course
from smm_course.grading.gradebook import final_score, open_gradebook
from smm_course.grading.spec import cell_sources, load_spec, nbgrader_meta
from smm_course.grading.status import read_json
from smm_course.i18n import t

HEADING = re.compile(r"^(#{1,3})\s+(.+)$", re.MULTILINE)
SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.DOTALL)
TOP_WRONG = 3  # wrong answers named per item


@dataclass(frozen=True)
class StudentScore:
    """One student's result."""

    student: str
    name: str
    score: float
    pending: int  # written answers still to grade


@dataclass(frozen=True)
class TestStat:
    """How many students passed one autograded test."""

    notebook: str
    grade_id: str
    part: str
    points: float
    passed: int
    graded: int

    @property
    def rate(self) -> float:
        """Share of graded students who passed (0-1)."""
        return self.passed / self.graded if self.graded else 0.0


@dataclass(frozen=True)
class ItemStat:
    """One item of a classification answer: the right choice and the common wrong ones."""

    cell: str
    item: str
    expected: str
    answered: int
    wrong: tuple[tuple[str, int], ...]  # (wrong answer, how many students), most common first

    @property
    def wrong_count(self) -> int:
        """Students who got this item wrong."""
        return sum(n for _, n in self.wrong)


@dataclass(frozen=True)
class Pending:
    """A written answer a human still has to grade."""

    student: str
    notebook: str
    grade_id: str
    points: float


@dataclass(frozen=True)
class ClassReport:
    """Everything the report page shows."""

    assignment: str
    max_score: float
    threshold: float  # percent of the maximum
    scores: tuple[StudentScore, ...]
    tests: tuple[TestStat, ...]
    items: tuple[ItemStat, ...]
    pending: tuple[Pending, ...]

    @property
    def below(self) -> tuple[StudentScore, ...]:
        """Students under the threshold, lowest first."""
        limit = self.max_score * self.threshold / 100
        return tuple(sorted((s for s in self.scores if s.score < limit), key=lambda s: s.score))


def _parts(path: Path) -> dict[str, str]:
    """grade_id -> the heading of the part it sits in ("Parte 1 · Classificare ...")."""
    nb = read_json(path, {})
    parts: dict[str, str] = {}
    current = ""
    for cell in nb.get("cells", []) if isinstance(nb, dict) else []:
        source = "".join(cell.get("source", ""))
        if cell.get("cell_type") == "markdown":
            found = [m for m in HEADING.finditer(source) if len(m.group(1)) == 2]
            if found:
                current = found[-1].group(2).strip()
        grade_id = nbgrader_meta(cell).get("grade_id")
        if grade_id:
            parts[grade_id] = current
    return parts


def _dict_assigned(source: str) -> tuple[str, dict[str, Any]] | None:
    """The last `name = {literal dict}` of `source`, or None."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return None
    found = None
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Dict)
        ):
            try:
                value = ast.literal_eval(node.value)
            except (ValueError, SyntaxError, TypeError):
                continue
            found = (node.targets[0].id, value)
    return found


def _flat(value: dict[str, Any]) -> dict[str, Any]:
    """{item: choice} or {item: {field: choice}} as {"item" or "item · field": choice}."""
    out: dict[str, Any] = {}
    for item, choice in value.items():
        if isinstance(choice, dict):
            for field, inner in choice.items():
                out[f"{item} · {field}"] = inner
        else:
            out[str(item)] = choice
    return out


def _concepts() -> list[type[Concept]]:
    """Every concept enum of the course (the frameworks package imports all of them)."""
    found: list[type[Concept]] = []
    todo = list(Concept.__subclasses__())
    while todo:
        kind = todo.pop()
        found.append(kind)
        todo.extend(kind.__subclasses__())
    return found


def _member(kind: Any, value: Any) -> Any:
    try:
        return kind.from_any(value)
    except Exception:
        return None


def _kind_for(values: list[str], kinds: list[type[Concept]]) -> Any:
    """The concept every expected value of one field belongs to (None: not a classification)."""
    for kind in kinds:
        if all(_member(kind, v) is not None for v in values):
            return kind
    return None


def _canonical(kind: Any, value: Any) -> str:
    """The concept id of an answer, or its folded text if it names no member."""
    if value is None or value is Ellipsis:
        return ""
    member = _member(kind, value)
    return str(member.id) if member is not None else fold(value)


def _expected(key: dict[str, Any], kinds: list[type[Concept]]) -> dict[str, tuple[str, Any]]:
    """{item: (right answer, its concept)} for the items whose field is a classification."""
    flat = {k: v for k, v in _flat(key).items() if isinstance(v, str)}
    groups: dict[str, list[str]] = {}
    for item in flat:
        groups.setdefault(item.rpartition(" · ")[2] if " · " in item else "", []).append(item)
    out: dict[str, tuple[str, Any]] = {}
    for items in groups.values():
        kind = _kind_for([flat[i] for i in items], kinds)
        if kind is not None:
            out.update({i: (flat[i], kind) for i in items})
    return out


def _shown(value: Any, lang: str | None) -> str:
    if value is Ellipsis or value is None or (isinstance(value, str) and not value.strip()):
        return t("report.blank", lang)
    return str(value)


def _items(
    course: Course, assignment: str, students: list[str], lang: str | None
) -> list[ItemStat]:
    """Classification cells (a dict of choices in the solution) item by item, over the class."""
    out: list[ItemStat] = []
    kinds = _concepts()
    for source in course.source_notebooks(assignment):
        nb = read_json(source, {})
        answers = {  # each student's notebook read once, not once per classification cell
            student: _student_cells(course.autograded_dir / student / assignment / source.name)
            for student in students
        }
        for cell in nb.get("cells", []):
            meta = nbgrader_meta(cell)
            if not meta.get("solution") or cell.get("cell_type") != "code":
                continue
            region = SOLUTION.search("".join(cell.get("source", "")))
            solution = _dict_assigned(region.group(1)) if region else None
            if solution is None:
                continue
            name, key = solution
            expected = _expected(key, kinds)
            if not expected:
                continue
            given: dict[str, Counter[str]] = {item: Counter() for item in expected}
            answered: Counter[str] = Counter()
            shown: dict[str, str] = {}
            for student in students:
                theirs = answers[student].get(meta.get("grade_id", ""))
                parsed = _dict_assigned(theirs) if theirs is not None else None
                if parsed is None or parsed[0] != name:
                    continue
                flat = {fold(k): v for k, v in _flat(parsed[1]).items()}
                for item, (right, kind) in expected.items():
                    value = flat.get(fold(item))
                    answered[item] += 1
                    canon = _canonical(kind, value)
                    if canon != _canonical(kind, right):
                        given[item][canon] += 1
                        shown.setdefault(canon, _shown(value, lang))
            for item, (right, _) in expected.items():
                wrong = tuple((shown[c], n) for c, n in given[item].most_common(TOP_WRONG))
                out.append(ItemStat(meta.get("grade_id", ""), item, right, answered[item], wrong))
    return out


def _student_cells(path: Path) -> dict[str, str]:
    """Grade id -> source of a student's autograded notebook ({} when missing or unreadable)."""
    try:
        return cell_sources(path)
    except (OSError, ValueError, AttributeError):
        return {}


def _tally(
    spec: Any, submissions: Any
) -> tuple[list[StudentScore], Counter, Counter, list[Pending]]:
    """Scores, passes and attempts per test, and written answers waiting, from the gradebook."""
    tests = {(nb.name, c.grade_id) for nb in spec.notebooks for c in nb.cells if c.is_test}
    scores: list[StudentScore] = []
    passed: Counter[tuple[str, str]] = Counter()
    graded: Counter[tuple[str, str]] = Counter()
    pending: list[Pending] = []
    for sub in sorted(submissions, key=lambda s: s.student.id):
        waiting = 0
        for nb in sub.notebooks:
            for grade in nb.grades:
                key = (nb.name, grade.name)
                if key in tests and grade.auto_score is not None:
                    graded[key] += 1
                    passed[key] += float(grade.score) >= float(grade.max_score)
                if grade.needs_manual_grade:
                    waiting += 1
                    points = float(grade.max_score)
                    pending.append(Pending(sub.student.id, nb.name, grade.name, points))
        student = sub.student
        name = f"{student.first_name or ''} {student.last_name or ''}".strip() or student.id
        scores.append(StudentScore(student.id, name, final_score(sub), waiting))
    return scores, passed, graded, pending


def build_report(
    course: Course, assignment: str, threshold: float = 60.0, lang: str | None = None
) -> ClassReport:
    """Read the gradebook and the autograded notebooks of `assignment` into a ClassReport."""
    course.require_assignment(assignment)
    spec, _ = load_spec(course, assignment)
    parts: dict[tuple[str, str], str] = {}
    for path in course.source_notebooks(assignment) or course.released_notebooks(assignment):
        for grade_id, part in _parts(path).items():
            parts[(path.stem, grade_id)] = part
    with open_gradebook(course) as gb:
        max_score = float(gb.find_assignment(assignment).max_score)
        scores, passed, graded, pending = _tally(spec, gb.assignment_submissions(assignment))
    tests = tuple(
        TestStat(
            nb.name,
            c.grade_id,
            parts.get((nb.name, c.grade_id), ""),
            float(c.points or 0),
            passed[(nb.name, c.grade_id)],
            graded[(nb.name, c.grade_id)],
        )
        for nb in spec.notebooks
        for c in nb.cells
        if c.is_test
    )
    items = _items(course, assignment, [s.student for s in scores], lang)
    return ClassReport(
        assignment, max_score, threshold, tuple(scores), tests, tuple(items), tuple(pending)
    )
