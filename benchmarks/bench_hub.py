"""Time a day of class on a real JupyterHub with N students (run as root).

    .venv/bin/python benchmarks/bench_hub.py 15

Same flow as tests/hub: release, fetch/answer/submit (2 from the command line, the rest
through the Assignments panel's web endpoints), collect, grade, export, feedback.
Prints the time of every phase and the total; removes everything it created.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hub.assignment import Assignment  # noqa: E402
from tests.hub.classroom import Classroom, missing_requirements  # noqa: E402
from tests.hub.flow import prepare_course, prepare_exercise, run_class  # noqa: E402


def main() -> int:
    """Run the flow once and print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("students", type=int, nargs="?", default=15)
    args = parser.parse_args()
    reason = missing_requirements()
    if reason:
        print(f"cannot run: {reason}")
        return 2
    assignment = Assignment.choose()
    start = time.perf_counter()
    room = Classroom(
        args.students,
        prepare_course=prepare_course(assignment),
        meanwhile=prepare_exercise(assignment),
    )
    with room:
        result = run_class(room, assignment)
        ready = time.perf_counter()
    total = time.perf_counter() - start
    print(
        f"assignment: {assignment.name} ({'course' if assignment.real else 'tiny'}), "
        f"students: {args.students}"
    )
    for label, seconds in {**room.timings, **result.timings}.items():
        print(f"  {label:<32} {seconds:7.2f} s")
    print(f"  {'until feedback fetched':<32} {ready - start:7.2f} s")
    print(f"  {'total (with teardown)':<32} {total:7.2f} s")
    print(f"  scores: {sorted(result.scores.values())}")
    print(f"  left behind: {room.leftovers() or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
