from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """The body of an error answer. The master's own shape is `{"error": {"code", "reason", "error"}}`; plain grpc-gateway
    answers `{"code", "message", "details"}`, and routes outside `/api/v1` may answer `{"message"}`. The HTTP status
    follows the gRPC code (5 NotFound is 404, 7 PermissionDenied 403, 16 Unauthenticated 401...).

        Attributes:
            error (ApiErrorDetail | None | Unset): The master's error, with its gRPC code, the code's name and the message.
            code (int | None | Unset): The gRPC code number, in the grpc-gateway shape.
            message (None | str | Unset): The error message, in the grpc-gateway shape or from a non-API route.
            details (list[ApiErrorDetailsType0Item] | None | Unset): Extra error details (protobuf `Any` objects), in the
                grpc-gateway shape.
    """

    error: ApiErrorDetail | None | Unset = UNSET
    code: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    details: list[ApiErrorDetailsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ApiErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        details: list[dict[str, Any]] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
            details = []
            for details_type_0_item_data in self.details:
                details_type_0_item = details_type_0_item_data.to_dict()
                details.append(details_type_0_item)

        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _error = d.pop("error", UNSET)
        error: ApiErrorDetail | None | Unset
        if _error is None or _error is UNSET:
            error = _error
        else:
            if not isinstance(_error, dict):
                raise TypeError(f"ApiError.error: expected object, got {type(_error).__name__}")
            error_type_0 = ApiErrorDetail.from_dict(_error)

            error = error_type_0

        code = d.pop("code", UNSET)
        if type(code) is not int and code is not None and code is not UNSET:
            raise TypeError(f"ApiError.code: expected int, got {type(code).__name__}")

        message = d.pop("message", UNSET)
        if type(message) is not str and message is not None and message is not UNSET:
            raise TypeError(f"ApiError.message: expected str, got {type(message).__name__}")

        _details = d.pop("details", UNSET)
        details: list[ApiErrorDetailsType0Item] | None | Unset
        if _details is None or _details is UNSET:
            details = _details
        else:
            _details_type_0 = _details
            if not isinstance(_details_type_0, list):
                raise TypeError(f"ApiError.details: expected list, got {type(_details_type_0).__name__}")
            details_type_0 = []
            for details_type_0_item_data in _details_type_0:
                if not isinstance(details_type_0_item_data, dict):
                    raise TypeError(
                        f"ApiError.details item: expected object, got {type(details_type_0_item_data).__name__}"
                    )
                details_type_0_item = ApiErrorDetailsType0Item.from_dict(details_type_0_item_data)

                details_type_0.append(details_type_0_item)

            details = details_type_0

        api_error = cls(
            error,
            code,
            message,
            details,
        )

        api_error.additional_properties = d if d else {}
        return api_error

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
from ..models.api_error_detail import ApiErrorDetail  # noqa: E402
from ..models.api_error_details_type_0_item import ApiErrorDetailsType0Item  # noqa: E402
