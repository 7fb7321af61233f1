"""TRUSTED SIDE of grading: the tests run here, on answer values taken out of the sandbox.

Nothing here ever runs a student's cell. Student values arrive as data (`protocol.values`)
and are rebuilt as plain objects; a student's function can only be called back in the sandbox.
"""
