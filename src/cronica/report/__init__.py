"""The HTML report's view: what the exporter and the web app show, built from an Analysis."""
