"""PyInstaller runtime hook: Chroma without gRPC (17 MB of the bundle).

``chromadb.telemetry.opentelemetry`` imports the OTLP gRPC span exporter at module level, but
only makes one when ``chroma_otel_collection_endpoint`` is set, which the app never does
(telemetry is off and nothing leaves the machine unasked). The bundle leaves gRPC and the
exporter out, and this stands in for the exporter's module so ``import chromadb`` works.
"""

import sys
import types


class OTLPSpanExporter:
    """Refuses to be made: this build cannot send traces anywhere."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise RuntimeError("OpenTelemetry export over gRPC is not part of this build.")


_NAME = "opentelemetry.exporter.otlp.proto.grpc.trace_exporter"
if _NAME not in sys.modules:
    _stub = types.ModuleType(_NAME, __doc__)
    _stub.OTLPSpanExporter = OTLPSpanExporter  # type: ignore[attr-defined]
    sys.modules[_NAME] = _stub
