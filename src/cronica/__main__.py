from cronica.cli.main import run

run()
