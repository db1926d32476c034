from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamError")


@_attrs_define
class StreamError:
    """An error line of a stream, `{"error": {...}}`: it ends the stream. When the error comes before the first line, the
    HTTP status is the error's too.

        Attributes:
            details (list[ProtobufAny] | Unset): Extra details, as protobuf `Any` objects.
            grpc_code (int | Unset): The gRPC code number, e.g. 5 for NotFound.
            http_code (int | Unset): The HTTP status the error maps to, e.g. 404.
            http_status (str | Unset): The HTTP status text, e.g. `Not Found`.
            message (str | Unset): What went wrong.
    """

    details: list[ProtobufAny] | Unset = UNSET
    grpc_code: int | Unset = UNSET
    http_code: int | Unset = UNSET
    http_status: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        grpc_code = self.grpc_code

        http_code = self.http_code

        http_status = self.http_status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if details is not UNSET:
            field_dict["details"] = details
        if grpc_code is not UNSET:
            field_dict["grpcCode"] = grpc_code
        if http_code is not UNSET:
            field_dict["httpCode"] = http_code
        if http_status is not UNSET:
            field_dict["httpStatus"] = http_status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _details = d.pop("details", UNSET)
        details: list[ProtobufAny] | Unset = UNSET
        if _details is not UNSET:
            if not isinstance(_details, list):
                raise TypeError(f"StreamError.details: expected list, got {type(_details).__name__}")
            details = []
            for details_item_data in _details:
                if not isinstance(details_item_data, dict):
                    raise TypeError(
                        f"StreamError.details item: expected object, got {type(details_item_data).__name__}"
                    )
                details_item = ProtobufAny.from_dict(details_item_data)

                details.append(details_item)

        grpc_code = d.pop("grpcCode", UNSET)
        if type(grpc_code) is not int and grpc_code is not UNSET:
            raise TypeError(f"StreamError.grpcCode: expected int, got {type(grpc_code).__name__}")

        http_code = d.pop("httpCode", UNSET)
        if type(http_code) is not int and http_code is not UNSET:
            raise TypeError(f"StreamError.httpCode: expected int, got {type(http_code).__name__}")

        http_status = d.pop("httpStatus", UNSET)
        if type(http_status) is not str and http_status is not UNSET:
            raise TypeError(f"StreamError.httpStatus: expected str, got {type(http_status).__name__}")

        message = d.pop("message", UNSET)
        if type(message) is not str and message is not UNSET:
            raise TypeError(f"StreamError.message: expected str, got {type(message).__name__}")

        stream_error = cls(
            details,
            grpc_code,
            http_code,
            http_status,
            message,
        )

        stream_error.additional_properties = d if d else {}
        return stream_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# determined-client template: models this one refers to, imported after the class exists so
# that models which refer to each other import in any order, and once, not per call.
from ..models.protobuf_any import ProtobufAny  # noqa: E402
