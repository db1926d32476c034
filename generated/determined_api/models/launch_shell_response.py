from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.launch_warning import LaunchWarning, check_launch_warning
from ..types import UNSET, Unset

T = TypeVar("T", bound="LaunchShellResponse")


@_attrs_define
class LaunchShellResponse:
    """
    Attributes:
        config (LaunchShellResponseConfigType0 | None):
        shell (None | Shell):
        warnings (list[LaunchWarning] | Unset):
    """

    config: LaunchShellResponseConfigType0 | None
    shell: None | Shell
    warnings: list[LaunchWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None
        if isinstance(self.config, LaunchShellResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        shell: dict[str, Any] | None
        if isinstance(self.shell, Shell):
            shell = self.shell.to_dict()
        else:
            shell = self.shell

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item: str = warnings_item_data
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "shell": shell,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config")
        config: LaunchShellResponseConfigType0 | None
        if _config is None:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"LaunchShellResponse.config: expected object, got {type(_config).__name__}")
            config_type_0 = LaunchShellResponseConfigType0.from_dict(_config)

            config = config_type_0

        _shell = d.pop("shell")
        shell: None | Shell
        if _shell is None:
            shell = _shell
        else:
            if not isinstance(_shell, dict):
                raise TypeError(f"LaunchShellResponse.shell: expected object, got {type(_shell).__name__}")
            shell_type_0 = Shell.from_dict(_shell)

            shell = shell_type_0

        _warnings = d.pop("warnings", UNSET)
        warnings: list[LaunchWarning] | Unset = UNSET
        if _warnings is not UNSET:
            if not isinstance(_warnings, list):
                raise TypeError(f"LaunchShellResponse.warnings: expected list, got {type(_warnings).__name__}")
            warnings = []
            for warnings_item_data in _warnings:
                if type(warnings_item_data) is not str:
                    raise TypeError(
                        f"LaunchShellResponse.warnings item: expected str, got {type(warnings_item_data).__name__}"
                    )
                warnings_item = check_launch_warning(warnings_item_data)

                warnings.append(warnings_item)

        launch_shell_response = cls(
            config,
            shell,
            warnings,
        )

        launch_shell_response.additional_properties = d if d else {}
        return launch_shell_response

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
from ..models.launch_shell_response_config_type_0 import LaunchShellResponseConfigType0  # noqa: E402
from ..models.shell import Shell  # noqa: E402
