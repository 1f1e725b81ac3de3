"""Records -> files: the output folder a researcher loads.

``store`` writes a batch's rows crash-safely and atomically, with the Arrow
schemas of ``tableschema``; ``parquet`` reads and writes Parquet files;
``works`` links documents that print the same pledge; ``rerun`` skips inputs
that have not changed; ``card`` writes the dataset card and
``datapackage.json``; ``report`` the HTML report; ``export`` CSV and JSON
Lines; ``schema`` the JSON Schemas in ``schemas/``.
"""
