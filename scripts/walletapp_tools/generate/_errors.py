"""The one error of the pipeline: a bad overlay, a generator failure or warning."""


class GenerateError(Exception):
    """The client could not be generated; ``str`` is a one-line reason naming the input at fault."""
