"""The engine: answers, which questions show, screening and the plan. Pure functions, no I/O."""
