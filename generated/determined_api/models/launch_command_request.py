from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LaunchCommandRequest")


@_attrs_define
class LaunchCommandRequest:
    """
    Attributes:
        config (LaunchCommandRequestConfigType0 | None | Unset):
        data (str | Unset):
        files (list[File] | Unset):
        template_name (str | Unset):
        workspace_id (int | Unset):
    """

    config: LaunchCommandRequestConfigType0 | None | Unset = UNSET
    data: str | Unset = UNSET
    files: list[File] | Unset = UNSET
    template_name: str | Unset = UNSET
    workspace_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, LaunchCommandRequestConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        data = self.data

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        template_name = self.template_name

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if data is not UNSET:
            field_dict["data"] = data
        if files is not UNSET:
            field_dict["files"] = files
        if template_name is not UNSET:
            field_dict["templateName"] = template_name
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: LaunchCommandRequestConfigType0 | None | Unset
        if _config is None or _config is UNSET:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"LaunchCommandRequest.config: expected object, got {type(_config).__name__}")
            config_type_0 = LaunchCommandRequestConfigType0.from_dict(_config)

            config = config_type_0

        data = d.pop("data", UNSET)
        if type(data) is not str and data is not UNSET:
            raise TypeError(f"LaunchCommandRequest.data: expected str, got {type(data).__name__}")

        _files = d.pop("files", UNSET)
        files: list[File] | Unset = UNSET
        if _files is not UNSET:
            if not isinstance(_files, list):
                raise TypeError(f"LaunchCommandRequest.files: expected list, got {type(_files).__name__}")
            files = []
            for files_item_data in _files:
                if not isinstance(files_item_data, dict):
                    raise TypeError(
                        f"LaunchCommandRequest.files item: expected object, got {type(files_item_data).__name__}"
                    )
                files_item = File.from_dict(files_item_data)

                files.append(files_item)

        template_name = d.pop("templateName", UNSET)
        if type(template_name) is not str and template_name is not UNSET:
            raise TypeError(f"LaunchCommandRequest.templateName: expected str, got {type(template_name).__name__}")

        workspace_id = d.pop("workspaceId", UNSET)
        if type(workspace_id) is not int and workspace_id is not UNSET:
            raise TypeError(f"LaunchCommandRequest.workspaceId: expected int, got {type(workspace_id).__name__}")

        launch_command_request = cls(
            config,
            data,
            files,
            template_name,
            workspace_id,
        )

        launch_command_request.additional_properties = d if d else {}
        return launch_command_request

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
from ..models.file import File  # noqa: E402
from ..models.launch_command_request_config_type_0 import LaunchCommandRequestConfigType0  # noqa: E402
