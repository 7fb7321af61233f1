"""nbgrader configuration of the course "Strategia per il social media marketing".

Paths are computed from this file, so the course works from any clone of the repository.
Run the day with `smm-course course ...` (see README.md in this folder).
"""

from pathlib import Path

c = get_config()  # noqa: F821 (provided by nbgrader when it loads this file)

COURSE_ROOT = Path(__file__).resolve().parent

c.CourseDirectory.course_id = "smm-strategia"
c.CourseDirectory.root = str(COURSE_ROOT)
c.CourseDirectory.source_directory = "../solutions"
c.CourseDirectory.release_directory = "../exercises"
# timeout=120: several graders (or the formgrader and a batch) may wait on sqlite's one writer
c.CourseDirectory.db_url = f"sqlite:///{COURSE_ROOT / 'gradebook.db'}?timeout=120"

# Seconds per cell; `smm-course course grade` adds a budget for the whole notebook.
c.ExecutePreprocessor.timeout = 30
# A deleted test cell is put back and graded instead of waiting for a human forever.
c.OverwriteCells.add_missing_cells = True
c.ClearSolutions.code_stub = {"python": "# SCRIVI QUI IL TUO CODICE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "SCRIVI QUI LA TUA RISPOSTA"

# Read by `smm-course course` (nbgrader ignores this section).
c.SmmCourse.notebook_timeout = 300
c.SmmCourse.assignments = [
    {"name": "m01_touchpoint", "duedate": "2027-03-05 18:00:00 Europe/Rome"},
    {"name": "m02_canvas", "duedate": "2027-03-12 18:00:00 Europe/Rome"},
    {"name": "m03_journey", "duedate": "2027-03-19 18:00:00 Europe/Rome"},
    {"name": "m04_zmot", "duedate": "2027-03-26 18:00:00 Europe/Rome"},
    {"name": "m05_sostac_race", "duedate": "2027-04-09 18:00:00 Europe/Rome"},
    {"name": "m06_canali", "duedate": "2027-04-16 18:00:00 Europe/Rome"},
    {"name": "m07_documento_strategico", "duedate": "2027-04-30 18:00:00 Europe/Rome"},
    {"name": "m08_attribuzione", "duedate": "2027-05-07 18:00:00 Europe/Rome"},
]

# nbgrader's own words in the course's language (SMM_COURSE_LANG, Italian by default): the
# Validate messages, a missing answer instead of a NameError traceback, the feedback page.
try:
    from smm_course.grading.nbgrader_language import use_course_language
except ImportError:  # nbgrader run outside the course's environment: its English stays
    pass
else:
    use_course_language(c)
