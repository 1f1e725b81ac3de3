"""Blocks -> records: the stages that read the genre.

``clean`` and ``chrome`` remove page furniture and site chrome; ``segment``
finds the title and the sections; ``pledges`` (with ``pledge_words``,
``pledge_items`` and ``pledge_walker``) decides what is a pledge, its theme
and actors (``actors``, ``quantify``, ``topics``); ``signatories``,
``prose_signatures`` and ``signature_words`` find who signed; ``metadata``,
``period`` and ``pledge_periods`` the municipalities, police area and years,
against the ``gazetteer``. ``classify`` and ``crossval`` are the trained
alternative to the pledge rules and its cross-validation (``make cv``).
"""
