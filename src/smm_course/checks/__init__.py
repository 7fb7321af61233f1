"""Checkers: answers in, Feedback out."""
