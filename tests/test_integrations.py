import pytest

datatrove = pytest.importorskip("datatrove", reason="datatrove is in the test extra")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402

from newsnorm.integrations.datatrove import NewsnormStep  # noqa: E402

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
