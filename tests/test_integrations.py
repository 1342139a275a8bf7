"""The engines newsnorm runs inside: datatrove and Spark (both in the test extra: never skipped)."""

import pytest
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from pyspark.sql import SparkSession
from pyspark.sql.types import ArrayType

from newsnorm.integrations.datatrove import NewsnormStep
from newsnorm.integrations.spark import result_schema, with_newsnorm

PAGE = """Home | News

Ferry service resumes

The ferry between the two islands sailed again on Monday after three weeks of repairs, the harbour office said.

Share this article"""


def test_step_replaces_text_with_the_body_and_keeps_the_rest_in_metadata():
    document = Document(text=PAGE, id="a1", metadata={"url": "https://www.isles.example/n/1"})
    (out,) = NewsnormStep().run(iter([document]))
    assert "sailed again on Monday" in out.text
    assert out.metadata["newsnorm"]["site"] == "isles.example"
    assert out.metadata["newsnorm"]["language"]["code"] == "en"
    assert "text" not in out.metadata["newsnorm"]
    assert out.metadata["newsnorm"]["warnings"] == []


def test_step_keeps_the_text_its_offsets_point_into():
    (out,) = NewsnormStep().run(iter([Document(text=PAGE, id="a1")]))
    found = out.metadata["newsnorm"]
    assert found["source"] == PAGE
    assert found["removed"]
    for segment in found["removed"]:
        assert found["source"][segment["start"] : segment["end"]] == segment["text"]


def test_a_bad_document_is_an_error_value_not_a_failed_stream():
    documents = [
        Document(text=PAGE, id="a"),
        Document(text=None, id="b"),  # type: ignore[arg-type]
        Document(text=PAGE, id="c", metadata={"url": 42}),
    ]
    out = list(NewsnormStep().run(iter(documents)))
    assert [document.id for document in out] == ["a", "b", "c"]
    assert "error" not in out[0].metadata["newsnorm"]
    assert out[1].metadata["newsnorm"]["error"] == "the document is not a string (NoneType)"
    assert out[1].text is None
    assert "error" not in out[2].metadata["newsnorm"]


def test_step_runs_in_a_local_datatrove_pipeline(tmp_path):
    collected: list[Document] = []

    def source(data, rank=0, world_size=1):
        yield from (Document(text=PAGE, id=f"p{index}") for index in range(3))

    def sink(data, rank=0, world_size=1):
        for document in data:
            collected.append(document)
            yield document

    executor = LocalPipelineExecutor(
        pipeline=[source, NewsnormStep(), sink],
        tasks=1,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    assert [document.id for document in collected] == ["p0", "p1", "p2"]
    assert all("newsnorm" in document.metadata for document in collected)


# --- Spark, in local mode -------------------------------------------------------------------


@pytest.fixture(scope="module")
def spark():
    session = (
        SparkSession.builder.master("local[1]")
        .appName("newsnorm-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session


def test_spark_adds_a_typed_struct_column_and_keeps_every_row(spark):
    rows = [
        ("a1", PAGE, "https://www.isles.example/n/1"),
        ("a2", None, None),
        ("a3", "Share this article\n\nSubscribe to our newsletter", None),
        ("a4", "Caf\ud800 owners said the ferry was late again on Monday.", None),
    ]
    frame = spark.createDataFrame(rows, "id string, text string, url string")
    out = with_newsnorm(frame, url_column="url", include_source=True)
    assert out.columns == ["id", "text", "url", "newsnorm"]
    assert out.schema["newsnorm"].dataType == result_schema()
    got = {row.id: row.newsnorm for row in out.collect()}
    assert sorted(got) == ["a1", "a2", "a3", "a4"]
    assert got["a1"].error is None
    assert got["a1"].language.code == "en"
    assert got["a1"].site == "isles.example"
    assert "sailed again on Monday" in got["a1"].text
    assert got["a1"].source == PAGE
    for segment in got["a1"].removed:
        assert PAGE[segment.start : segment.end] == segment.text
    assert got["a2"].error == "the text is null"
    assert got["a2"].text is None
    assert got["a3"].warnings == ["no article text was found"]
    assert got["a4"].error is None  # Spark's own encoding may already have replaced it
    assert "\ud800" not in got["a4"].text


def test_spark_rows_that_are_not_text_are_error_values(spark):
    frame = spark.createDataFrame([(1, 42), (2, 7)], "id long, body long")
    out = with_newsnorm(frame, "body", into="nn").orderBy("id").collect()
    assert [row.nn.error for row in out] == ["the document is not a string (int)"] * 2


def test_spark_rejects_a_missing_or_taken_column(spark):
    frame = spark.createDataFrame([("a", "text")], "id string, text string")
    with pytest.raises(ValueError, match="no column 'body'"):
        with_newsnorm(frame, "body")
    with pytest.raises(ValueError, match="already has a column 'id'"):
        with_newsnorm(frame, into="id")


def test_result_schema_matches_the_article_fields():
    import newsnorm

    fields = set(newsnorm.normalise("A short note.").to_dict(include_source=True))
    assert fields | {"warnings", "error"} == set(result_schema().fieldNames())
    assert isinstance(result_schema()["dates"].dataType, ArrayType)


def test_spark_quotes_carry_their_speaker_and_reason(spark):
    text = "“The pier will open in June,” said harbour master Ilse Brandvold."
    frame = spark.createDataFrame([("q1", text)], "id string, text string")
    (row,) = with_newsnorm(frame).collect()
    (quote,) = row.newsnorm.quotes
    assert quote.speaker == "Ilse Brandvold"
    assert quote.reason
