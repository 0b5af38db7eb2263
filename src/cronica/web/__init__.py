"""`cronica serve`: the web app (FastAPI) that turns pasted text or uploaded files into the report."""
