"""Learning cluster, needs harvesting and train-the-trainer (issue 6)."""
