"""govkg: Chinese government texts -> a knowledge graph of units, places, documents and responsibilities.

The pipeline, one module per stage (imports flow one way)::

    kg.ingest   files and folders -> extract.records.Document
    extract     Document -> Extraction (entities, relations, evidence)
    kg.build    Extraction -> RDF quads in the document's named graph (docs/graph-shape.md)
    kg.store    embedded persistent pyoxigraph store (add / remove / export / query)
    kg.query    oversees(), run_named() over the store
    kg.cli      the ``kg`` command

>>> from kg.store import Store
>>> with Store.open(None) as store:   # None: in memory
...     len(store)
0
"""

__version__ = "0.1.0"
