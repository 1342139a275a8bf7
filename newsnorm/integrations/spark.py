"""Run newsnorm on a Spark DataFrame: one struct column holding each row's article.

:func:`with_newsnorm` adds a column (``newsnorm`` by default) whose value is newsnorm's
result for the row's text, typed by :func:`result_schema`: the article's fields, the
``warnings`` about the input, and ``error``. It runs through ``mapInPandas``, with the
schema declared, so Spark never has to guess types. A row whose text is null, not text, or
breaks the pipeline gets ``error`` set and the other fields null: a bad row never fails a
task, so a job over millions of rows is not lost to one page.

Install with ``pip install 'newsnorm[spark]'`` (pyspark, pandas, pyarrow). newsnorm must be
installed on the executors too.

Examples:
    >>> from pyspark.sql import SparkSession
    >>> from newsnorm.integrations.spark import with_newsnorm
    >>> spark = SparkSession.builder.master("local[1]").getOrCreate()  # doctest: +SKIP
    >>> pages = spark.createDataFrame([("a1", "The ferry sailed on Monday.")], ["id", "text"])
    ... # doctest: +SKIP
    >>> with_newsnorm(pages).select("id", "newsnorm.language.code").first()  # doctest: +SKIP
    Row(id='a1', code='en')
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from newsnorm.records import process_document

try:
    from pyspark.sql import types as T  # noqa: N812 - Spark's own convention
except ImportError as error:  # pragma: no cover - depends on the environment
    msg = "newsnorm.integrations.spark needs pyspark: pip install 'newsnorm[spark]'"
    raise ImportError(msg) from error

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame

__all__ = ["result_schema", "with_newsnorm"]


def _mention() -> T.StructType:
    return T.StructType(
        [
            T.StructField("start", T.LongType()),
            T.StructField("end", T.LongType()),
            T.StructField("text", T.StringType()),
            T.StructField("value", T.StringType()),
            T.StructField("granularity", T.StringType()),
            T.StructField("relative", T.BooleanType()),
            T.StructField("origin", T.StringType()),
        ]
    )


def result_schema() -> T.StructType:
    """The Spark type of newsnorm's result for one row (the column :func:`with_newsnorm` adds).

    Examples:
        >>> result_schema().fieldNames()[:3]
        ['text', 'title', 'language']
    """
    string, long = T.StringType(), T.LongType()
    return T.StructType(
        [
            T.StructField("text", string),
            T.StructField("title", string),
            T.StructField(
                "language",
                T.StructType(
                    [T.StructField("code", string), T.StructField("confidence", T.DoubleType())]
                ),
            ),
            T.StructField("published", _mention()),
            T.StructField(
                "syndication",
                T.ArrayType(
                    T.StructType(
                        [
                            T.StructField("start", long),
                            T.StructField("end", long),
                            T.StructField("evidence", string),
                            T.StructField("name", string),
                            T.StructField("domain", string),
                            T.StructField("kind", string),
                        ]
                    )
                ),
            ),
            T.StructField("dates", T.ArrayType(_mention())),
            T.StructField(
                "quotes",
                T.ArrayType(
                    T.StructType(
                        [
                            T.StructField("start", long),
                            T.StructField("end", long),
                            T.StructField("text", string),
                            T.StructField("speaker", string),
                            T.StructField("speaker_start", long),
                            T.StructField("speaker_end", long),
                            T.StructField("cue", string),
                            T.StructField("reason", string),
                        ]
                    )
                ),
            ),
            T.StructField(
                "removed",
                T.ArrayType(
                    T.StructType(
                        [
                            T.StructField("start", long),
                            T.StructField("end", long),
                            T.StructField("text", string),
                            T.StructField("reason", string),
                        ]
                    )
                ),
            ),
            T.StructField("url", string),
            T.StructField("site", string),
            T.StructField("source", string),
            T.StructField("warnings", T.ArrayType(string)),
            T.StructField("error", string),
        ]
    )


def _shaped(value: Any, kind: T.DataType) -> Any:  # noqa: ANN401 - any JSON value
    """*value* with exactly the fields of *kind* (missing ones null), for Arrow."""
    if value is None:
        return None
    if isinstance(kind, T.StructType):
        if not isinstance(value, dict):
            return None
        return {field.name: _shaped(value.get(field.name), field.dataType) for field in kind}
    if isinstance(kind, T.ArrayType):
        return [_shaped(item, kind.elementType) for item in value]
    return value


def _missing(value: object) -> bool:
    """Whether a cell is null (None, NaN or pandas' NA)."""
    if value is None:
        return True
    try:
        return bool(value != value)  # noqa: PLR0124 - NaN and NA are not equal to themselves
    except (TypeError, ValueError):
        return False


def _results(
    texts: Any,  # noqa: ANN401 - a pandas Series
    urls: Any,  # noqa: ANN401
    *,
    html: bool,
    include_source: bool,
) -> list[dict[str, Any] | None]:
    schema = result_schema()
    shaped: list[dict[str, Any] | None] = []
    for text, url in zip(texts, urls, strict=True):
        if _missing(text):
            result: dict[str, Any] = {"error": "the text is null", "warnings": []}
        else:
            result = process_document(
                text,
                url=None if _missing(url) else url,
                html=html,
                include_source=include_source,
            )
        shaped.append(_shaped(result, schema))
    return shaped


def with_newsnorm(
    frame: DataFrame,
    text_column: str = "text",
    *,
    url_column: str | None = None,
    html: bool = False,
    into: str = "newsnorm",
    include_source: bool = False,
) -> DataFrame:
    """Return *frame* with a struct column *into* holding newsnorm's result for each row.

    Args:
        frame: Any Spark DataFrame with a string column of documents.
        text_column: The column holding each page's plain text (or HTML with *html*).
        url_column: A column holding each page's URL, when there is one.
        html: The documents are HTML: run :func:`newsnorm.normalise_html`.
        into: The name of the new column; it must not exist yet.
        include_source: Fill ``source``, the text the offsets of ``removed``,
            ``syndication`` and ``published`` point into.

    Returns:
        A DataFrame with *frame*'s columns, in order, and *into* (typed by
        :func:`result_schema`). Rows whose text is null or cannot be processed have
        ``into.error`` set; no row makes a task fail.

    Raises:
        ValueError: If a named column is missing or *into* already exists.
    """
    columns = frame.columns
    for name in (text_column, url_column):
        if name is not None and name not in columns:
            msg = f"no column {name!r} in the DataFrame (columns: {', '.join(columns)})"
            raise ValueError(msg)
    if into in columns:
        msg = f"the DataFrame already has a column {into!r}; choose another with into="
        raise ValueError(msg)
    schema = T.StructType([*frame.schema.fields, T.StructField(into, result_schema())])
    text_index = columns.index(text_column)
    url_index = None if url_column is None else columns.index(url_column)

    def apply(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            texts = batch.iloc[:, text_index]
            urls = batch.iloc[:, url_index] if url_index is not None else [None] * len(batch)
            results = _results(texts, urls, html=html, include_source=include_source)
            out = batch.copy()
            out[into] = results
            yield out

    return frame.mapInPandas(apply, schema)
