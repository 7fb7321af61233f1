"""Regenerate the case-study files: `python -m smm_course.data [FOLDER]`."""

from smm_course.data.generator import main

raise SystemExit(main())
