"""Holds the ``sitecustomize`` that subprocesses of the tests load (see ``..loader``)."""
