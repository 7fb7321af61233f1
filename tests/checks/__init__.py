"""Tests of smm_course.checks."""
