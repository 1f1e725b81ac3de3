from pledgeparse.cli import app

app(prog_name="pledgeparse")
