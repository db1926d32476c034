from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetTrialWorkloadsResponse")


@_attrs_define
class GetTrialWorkloadsResponse:
    """
    Attributes:
        pagination (None | Pagination):
        workloads (list[WorkloadContainer]):
    """

    pagination: None | Pagination
    workloads: list[WorkloadContainer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | None
        if isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        workloads = []
        for workloads_item_data in self.workloads:
            workloads_item = workloads_item_data.to_dict()
            workloads.append(workloads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "workloads": workloads,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pagination = d.pop("pagination")
        pagination: None | Pagination
        if _pagination is None:
            pagination = _pagination
        else:
            if not isinstance(_pagination, dict):
                raise TypeError(
                    f"GetTrialWorkloadsResponse.pagination: expected object, got {type(_pagination).__name__}"
                )
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        _workloads = d.pop("workloads")
        if not isinstance(_workloads, list):
            raise TypeError(f"GetTrialWorkloadsResponse.workloads: expected list, got {type(_workloads).__name__}")
        workloads = []
        for workloads_item_data in _workloads:
            if not isinstance(workloads_item_data, dict):
                raise TypeError(
                    f"GetTrialWorkloadsResponse.workloads item: expected object, got {type(workloads_item_data).__name__}"
                )
            workloads_item = WorkloadContainer.from_dict(workloads_item_data)

            workloads.append(workloads_item)

        get_trial_workloads_response = cls(
            pagination,
            workloads,
        )

        get_trial_workloads_response.additional_properties = d if d else {}
        return get_trial_workloads_response

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
from ..models.pagination import Pagination  # noqa: E402
from ..models.workload_container import WorkloadContainer  # noqa: E402
