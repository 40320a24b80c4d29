"""Partner profiles: each organization's answers to the profile prompts."""
