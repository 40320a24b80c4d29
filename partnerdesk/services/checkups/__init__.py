"""Partnership check-ups: starting one, our side's ratings saved as typed, the partner's
read from their form, and what the screens, the trend chart and the reports read."""
