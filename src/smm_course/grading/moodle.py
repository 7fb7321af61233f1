"""Feedback back to Moodle: one ZIP for "Upload multiple feedback files in a zip"."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from smm_course.grading.course import Course
from smm_course.grading.status import COLLECT_MANIFEST, read_json


@dataclass(frozen=True)
class MoodleZip:
    """The ZIP written, who is in it, and who is not (no Moodle folder known)."""

    path: Path
    students: tuple[str, ...]
    no_folder: tuple[str, ...]  # feedback written, but the submission did not come from Moodle


def moodle_zip(course: Course, assignment: str, out: Path) -> MoodleZip:
    """Put each student's feedback pages in the participant's folder of the Moodle download.

    Moodle matches an uploaded file by the participant id in its folder's name
    ("Mario Rossi_12345_assignsubmission_file_"), so each folder is named exactly as in the
    download that `collect` read (recorded in .smm_course/collect.json).
    """
    course.require_assignment(assignment)
    manifest = read_json(course.state_dir / COLLECT_MANIFEST, {}).get(assignment, {})
    students: list[str] = []
    no_folder: list[str] = []
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for folder in sorted(course.feedback_dir.glob(f"*/{assignment}")):
            student = folder.parent.name
            pages = sorted(folder.glob("*.html"))
            if not pages:
                continue
            moodle = manifest.get(student, {}).get("moodle_folder")
            if not moodle:
                no_folder.append(student)
                continue
            for page in pages:
                zf.write(page, f"{moodle}/{page.name}")
            students.append(student)
    return MoodleZip(out, tuple(students), tuple(no_folder))
