"""The results report for leaders: what the user writes for it, and the report read whole."""
