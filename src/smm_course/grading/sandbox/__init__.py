"""UNTRUSTED SIDE of grading: code here shares a process with a student's code.

Rules (enforced by tests/foundation/test_architecture.py):
- modules here import only the standard library, `grading.protocol`, `grading.limits`,
  `grading.model` and `grading.shell`: never the gradebook, the spec loader, the evaluator or
  the batch;
- nothing sent here contains hidden-test text, and nothing read back is unpickled;
- only `grading.execute.fork` imports this package.
"""
