"""vnmeet training: gold and weak data, labels, configs, the training loop and scores."""
