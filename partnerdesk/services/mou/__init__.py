"""MOU drafts: writing them, their versions, their e-mail and their review dates."""
