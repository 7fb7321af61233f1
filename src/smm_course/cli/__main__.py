"""`python -m smm_course.cli`."""

import sys

from smm_course.cli import main

sys.exit(main())
