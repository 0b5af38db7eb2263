"""One module a command; each defines `register(app, groups)`."""
