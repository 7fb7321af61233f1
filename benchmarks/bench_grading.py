"""Class grading: `smm-course course grade` against plain nbgrader and the nbclient floor.

    .venv/bin/python benchmarks/bench_grading.py --students 30 --repeat 3

Builds a course copy with N generated students x the six autograded exercises (most right,
some with typical mistakes, a few broken: syntax error, infinite loop, kernel death), then
times, on a fresh identical copy each time and in rotating order within every repeat:
`smm-course course grade --jobs J`; plain sequential `nbgrader autograde <id>` for each id;
and the floor, the same notebooks (tests restored, as autograde runs them) executed with
nbclient alone, sequentially and J at a time. Also samples the peak RSS of each process tree.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from _common import ROOT, VENV_BIN, median, print_table, run_measured

sys.path.insert(0, str(ROOT))

from smm_course.startup import skip_unused_iri_grammar

# Before nbformat loads jsonschema, so the floor (spawned workers re-run this) gets the
# course's start-up fix too: the floor is what executing the notebooks costs at best.
skip_unused_iri_grammar()

from tests.exercises import helpers as h  # noqa: E402
from tests.exercises.mutations import MISTAKES  # noqa: E402

PYTHON = sys.executable
RIGHT, WRONG, SYNTAX = "right", "wrong", "syntax error"
LOOP, DEATH = "infinite loop", "kernel death"
MARKERS = ("### BEGIN SOLUTION", "### END SOLUTION")
FIRST_NAMES = ("Marco", "Giulia", "Luca", "Sara", "Paolo", "Elena", "Andrea", "Chiara", "Davide")
SURNAMES = ("Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Greco")


# ---------------------------------------------------------------- the class


def mix(students: int, seed: int = 2027) -> dict[tuple[str, str], str]:
    """What each (student, exercise) gets: ~75% right, 20% wrong, a few broken."""
    keys = [(f"s{i + 1:02d}", a) for i in range(students) for a in h.AUTOGRADED]
    total = len(keys)
    kinds = [LOOP] * max(1, total // 180)
    kinds += [SYNTAX] * max(1, total // 90) + [DEATH] * max(1, total // 90)
    kinds += [WRONG] * round(0.2 * total)
    kinds += [RIGHT] * (total - len(kinds))
    random.Random(seed).shuffle(kinds)
    return dict(zip(keys, kinds, strict=True))


def _strip_markers(source: str) -> str:
    return "\n".join(ln for ln in source.splitlines() if not ln.strip().startswith(MARKERS))


def answers(assignment: str, kind: str) -> dict[str, str]:
    """The answer cells (grade id -> source) a student of `kind` hands in."""
    nb = h.read(h.solution_path(assignment))
    cells = [c for c in nb.cells if h.grading(c).get("solution")]
    sources = {h.grading(c)["grade_id"]: _strip_markers(c.source) for c in cells}
    code = [h.grading(c)["grade_id"] for c in cells if c.cell_type == "code"]
    if kind == WRONG:
        mistakes = MISTAKES[assignment]
        first = mistakes[0] if isinstance(mistakes, tuple) else mistakes
        for grade_id, old, new in first.edits:
            sources[grade_id] = sources[grade_id].replace(old, new, 1)
    elif kind == SYNTAX:  # a missing colon: the whole cell fails to compile
        sources[code[1]] += "\nfor riga in range(3)\n    print(riga)"
    elif kind == LOOP:  # the answer is right, then the cell never ends
        sources[code[0]] += "\nwhile True:\n    pass"
    elif kind == DEATH:
        sources[code[1]] = "import os\n\nos._exit(1)\n" + sources[code[1]]
    return sources


def build_template(base: Path, students: int, cell_timeout: int | None) -> dict[str, int]:
    """A released course with every submission, plus floor/ (what autograde executes)."""
    course = base / "course"
    course.mkdir(parents=True)
    config = (ROOT / "course" / "nbgrader_config.py").read_text(encoding="utf-8")
    if cell_timeout is not None:
        config += f"\nc.ExecutePreprocessor.timeout = {cell_timeout}\n"
    (course / "nbgrader_config.py").write_text(config, encoding="utf-8")
    for assignment in h.AUTOGRADED:
        shutil.copytree(h.SOLUTIONS / assignment, base / "solutions" / assignment)
    rows = ["id,name,surname,email"]
    for i in range(students):
        first, last = FIRST_NAMES[i % len(FIRST_NAMES)], SURNAMES[i % len(SURNAMES)]
        rows.append(f"s{i + 1:02d},{first},{last},s{i + 1:02d}@example.it")
    (course / "students.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    cli = [PYTHON, "-m", "smm_course.cli", "course", "--course", str(course)]
    log = base / "setup.log"
    if run_measured([*cli, "init", "--students", str(course / "students.csv")], log=log)[2]:
        sys.exit(f"`smm-course course init` failed, see {log}")
    if run_measured([*cli, "release"], log=log)[2]:
        # release refuses when a solution check fails; the timed runs do not depend on it
        print(f"warning: `smm-course course release` refused, see {log}", file=sys.stderr)
        for assignment in h.AUTOGRADED:
            command = [str(VENV_BIN / "nbgrader"), "generate_assignment", assignment, "--force"]
            if run_measured(command, cwd=course, log=log)[2]:
                sys.exit(f"`nbgrader generate_assignment {assignment}` failed, see {log}")
    (base / "floor").mkdir()
    counts: dict[str, int] = {}
    cache: dict[tuple[str, str], dict[str, str]] = {}
    for (student, assignment), kind in mix(students).items():
        counts[kind] = counts.get(kind, 0) + 1
        sources = cache.setdefault((assignment, kind), answers(assignment, kind))
        released = h.read(base / "exercises" / assignment / f"{assignment}.ipynb")
        folder = course / "submitted" / student / assignment
        folder.mkdir(parents=True)
        h.nbformat.write(h.replace_cells(released, sources), folder / f"{assignment}.ipynb")
        graded = h.replace_cells(h.read(h.solution_path(assignment)), sources)
        h.nbformat.write(graded, base / "floor" / f"{student}__{assignment}.ipynb")
    return counts


# ---------------------------------------------------------------- the floor


def _execute(path: str, cell_timeout: int) -> None:
    """Run one notebook with nbclient alone, as autograde does (errors allowed)."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=cell_timeout,
        interrupt_on_timeout=True,
        allow_errors=True,
        kernel_name="python3",
        extra_arguments=["--HistoryManager.hist_file=:memory:"],
        shutdown_kernel="immediate",
        resources={"metadata": {"path": str(Path(path).parent)}},
    )
    with contextlib.suppress(DeadKernelError, CellTimeoutError):
        client.execute()
    nbformat.write(nb, path.replace(".ipynb", ".out"))


def run_floor(folder: Path, jobs: int, cell_timeout: int) -> None:
    """Execute every notebook of `folder`, `jobs` at a time."""
    import multiprocessing

    paths = sorted(str(p) for p in folder.glob("*.ipynb"))
    if jobs == 1:
        for path in paths:
            _execute(path, cell_timeout)
        return
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        list(pool.map(_execute, paths, [cell_timeout] * len(paths)))


def grade_without_sandbox(course_root: Path, jobs: int) -> None:
    """`course grade` with only the resource limits: what the namespaces and mounts cost."""
    import os

    from smm_course.grading.batch import grade_assignments, released_assignments
    from smm_course.grading.course import open_course
    from smm_course.grading.model import Mode, Protection, SandboxConfig

    course = open_course(course_root)
    weak = SandboxConfig(Mode.LIMITS, os.getuid(), os.getgid(), (), tuple(Protection))
    grade_assignments(course, released_assignments(course), jobs=jobs, progress=False, sandbox=weak)


# ---------------------------------------------------------------- the runs


@dataclass
class Run:
    """One timed run of one tool on a fresh copy."""

    seconds: float
    peak_rss: int
    written: int  # graded notebooks written to disk


def _fresh(template: Path, work: Path) -> Path:
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(template, work)
    return work


def _count(folder: Path, pattern: str) -> int:
    return sum(1 for _ in folder.glob(pattern)) if folder.is_dir() else 0


def tools(jobs: int, cell_timeout: int) -> dict[str, tuple[str, Callable[[Path], Run]]]:
    """Key -> (label, function that runs the tool on a course copy and measures it)."""

    def smm(work: Path) -> Run:
        course = work / "course"
        command = [PYTHON, "-m", "smm_course.cli", "course", "--course", str(course)]
        seconds, peak, _ = run_measured(
            [*command, "grade", "--jobs", str(jobs)], log=work.parent / "smm.log"
        )
        return Run(seconds, peak, _count(course / "autograded", "*/*/*.ipynb"))

    def open_smm(work: Path) -> Run:
        course = work / "course"
        command = [PYTHON, __file__, "--open-grade", str(course), "--jobs", str(jobs)]
        seconds, peak, _ = run_measured(command, log=work.parent / "open.log")
        return Run(seconds, peak, _count(course / "autograded", "*/*/*.ipynb"))

    def nbgrader(work: Path) -> Run:
        course = work / "course"
        total, peak = 0.0, 0
        for assignment in h.AUTOGRADED:
            seconds, rss, _ = run_measured(
                [str(VENV_BIN / "nbgrader"), "autograde", assignment],
                cwd=course,
                log=work.parent / "nbgrader.log",
            )
            total, peak = total + seconds, max(peak, rss)
        return Run(total, peak, _count(course / "autograded", "*/*/*.ipynb"))

    def floor(parallel: int) -> Callable[[Path], Run]:
        def run(work: Path) -> Run:
            command = [PYTHON, __file__, "--floor", str(work / "floor"), "--jobs", str(parallel)]
            seconds, peak, _ = run_measured(
                [*command, "--cell-timeout", str(cell_timeout)], log=work.parent / "floor.log"
            )
            return Run(seconds, peak, _count(work / "floor", "*.out"))

        return run

    return {
        "smm": (f"smm-course course grade --jobs {jobs}", smm),
        "open": (f"the same, sandbox off (limits only), --jobs {jobs}", open_smm),
        "nbgrader": ("nbgrader autograde, sequential", nbgrader),
        "floor1": ("nbclient floor, sequential", floor(1)),
        "floor": (f"nbclient floor, {jobs} in parallel", floor(jobs)),
    }


def course_cell_timeout(template: Path) -> int:
    """The per-cell timeout the course copy's config sets."""
    sys.path.insert(0, str(ROOT / "src"))
    from smm_course.grading.course import open_course

    return open_course(template / "course").cell_timeout


def report(
    results: dict[str, list[Run]],
    every: dict[str, tuple[str, Callable[[Path], Run]]],
    args: argparse.Namespace,
    counts: dict[str, int],
    timeout: int,
) -> None:
    """Print the table and the targets."""
    keys = list(results)
    notebooks = args.students * len(h.AUTOGRADED)

    def ratio(num: str, den: str) -> float:
        pairs = zip(results[num], results[den], strict=True)
        return median([a.seconds / b.seconds for a, b in pairs])

    ref = "smm" if "smm" in keys else keys[0]
    rows = []
    for key in keys:
        runs = results[key]
        wall = median([r.seconds for r in runs])
        rows.append(
            (
                every[key][0],
                wall,
                wall / notebooks,
                ratio(key, ref),
                median([r.peak_rss for r in runs]) / 2**20,
                f"{min(r.written for r in runs)}/{notebooks}",
            )
        )
    mix_note = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    few = (
        f"{args.repeat} runs, not 5: each run grades the class once per tool, "
        "5 runs would take well over 20 minutes. "
    )
    print_table(
        f"Class grading: {args.students} students x {len(h.AUTOGRADED)} exercises "
        f"({notebooks} notebooks), median of {args.repeat} runs",
        ("tool", "wall s", "s / notebook", f"time vs {ref}", "peak RSS MiB", "written"),
        rows,
        note=f"Mix: {mix_note}. Cell timeout {timeout} s. " + ("" if args.repeat >= 5 else few),
    )
    print()
    if "smm" in keys:
        if "nbgrader" in keys:
            speedup = ratio("nbgrader", "smm")
            verdict = "met" if speedup >= 2 else "missed"
            print(f"- smm: {speedup:.2f}x the throughput of sequential nbgrader ({verdict}: >= 2x)")
        if "floor" in keys:
            over = ratio("smm", "floor")
            verdict = "met" if over <= 1.3 else "missed"
            print(
                f"- smm: time per notebook vs the floor ({args.jobs} in parallel) {over:.2f}x "
                f"(target <= 1.3x: {verdict})"
            )
        if "floor1" in keys:
            print(f"- smm: vs the sequential floor {ratio('smm', 'floor1'):.2f}x")
        wall = median([r.seconds for r in results["smm"]])
        verdict = "met" if wall < 100 else "missed"
        print(f"- smm: {notebooks} notebooks in {wall:.1f} s, sandbox on ({verdict}: < 100 s)")
        if "open" in keys:
            open_wall = median([r.seconds for r in results["open"]])
            cost = (wall - open_wall) / notebooks
            print(
                f"- sandbox on vs off: {ratio('smm', 'open'):.2f}x; "
                f"its own cost {cost * 1000:.0f} ms per notebook"
            )


def main() -> None:
    """Build the class, run every tool `repeat` times, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cell-timeout", type=int, help="seconds per cell (default: course's)")
    parser.add_argument(
        "--keep", type=Path, help="work in this folder and keep it (a class built there is reused)"
    )
    parser.add_argument(
        "--tools",
        default="smm,open,nbgrader,floor1,floor",
        help="which to time, among smm, open, nbgrader, floor1, floor (default: all)",
    )
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)  # internal: floor worker
    parser.add_argument("--open-grade", type=Path, help=argparse.SUPPRESS)  # internal: no sandbox
    args = parser.parse_args()
    if args.floor:
        run_floor(args.floor, args.jobs, args.cell_timeout)
        return
    if args.open_grade:
        grade_without_sandbox(args.open_grade, args.jobs)
        return
    tmp = None if args.keep else tempfile.TemporaryDirectory(prefix="smm-bench-grading-")
    base = args.keep or Path(tmp.name)
    base.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    if args.keep and (base / "template" / "course" / "submitted").is_dir():
        counts = dict(Counter(mix(args.students).values()))  # built by an earlier run: reuse
    else:
        counts = build_template(base / "template", args.students, args.cell_timeout)
    timeout = course_cell_timeout(base / "template")
    log = f"class built in {time.perf_counter() - start:.0f} s: {counts}; logs in {base}"
    print(log, file=sys.stderr)
    every = tools(args.jobs, timeout)
    keys = [k.strip() for k in args.tools.split(",") if k.strip() in every]
    results: dict[str, list[Run]] = {key: [] for key in keys}
    for r in range(args.repeat):
        for key in keys[r % len(keys) :] + keys[: r % len(keys)]:
            label, runner = every[key]
            run = runner(_fresh(base / "template", base / "run"))
            results[key].append(run)
            print(f"repeat {r + 1}: {label}: {run.seconds:.1f} s", file=sys.stderr)

    report(results, every, args, counts, timeout)
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
