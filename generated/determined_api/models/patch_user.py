from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchUser")


@_attrs_define
class PatchUser:
    """The changes patchUser makes; only the fields present are changed.

    Attributes:
        active (bool | None | Unset):
        admin (bool | None | Unset):
        agent_user_group (AgentUserGroup | None | Unset):
        display_name (str | Unset):
        is_hashed (bool | Unset): True when `password` is already salted and hashed.
        password (str | Unset): A new password, plain or (with `isHashed`) salted and hashed as at login.
        remote (bool | Unset):
        username (str | Unset):
    """

    active: bool | None | Unset = UNSET
    admin: bool | None | Unset = UNSET
    agent_user_group: AgentUserGroup | None | Unset = UNSET
    display_name: str | Unset = UNSET
    is_hashed: bool | Unset = UNSET
    password: str | Unset = UNSET
    remote: bool | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        admin: bool | None | Unset
        if isinstance(self.admin, Unset):
            admin = UNSET
        else:
            admin = self.admin

        agent_user_group: dict[str, Any] | None | Unset
        if isinstance(self.agent_user_group, Unset):
            agent_user_group = UNSET
        elif isinstance(self.agent_user_group, AgentUserGroup):
            agent_user_group = self.agent_user_group.to_dict()
        else:
            agent_user_group = self.agent_user_group

        display_name = self.display_name

        is_hashed = self.is_hashed

        password = self.password

        remote = self.remote

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if admin is not UNSET:
            field_dict["admin"] = admin
        if agent_user_group is not UNSET:
            field_dict["agentUserGroup"] = agent_user_group
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if is_hashed is not UNSET:
            field_dict["isHashed"] = is_hashed
        if password is not UNSET:
            field_dict["password"] = password
        if remote is not UNSET:
            field_dict["remote"] = remote
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if type(active) is not bool and active is not None and active is not UNSET:
            raise TypeError(f"PatchUser.active: expected bool, got {type(active).__name__}")

        admin = d.pop("admin", UNSET)
        if type(admin) is not bool and admin is not None and admin is not UNSET:
            raise TypeError(f"PatchUser.admin: expected bool, got {type(admin).__name__}")

        _agent_user_group = d.pop("agentUserGroup", UNSET)
        agent_user_group: AgentUserGroup | None | Unset
        if _agent_user_group is None or _agent_user_group is UNSET:
            agent_user_group = _agent_user_group
        else:
            if not isinstance(_agent_user_group, dict):
                raise TypeError(f"PatchUser.agentUserGroup: expected object, got {type(_agent_user_group).__name__}")
            agent_user_group_type_0 = AgentUserGroup.from_dict(_agent_user_group)

            agent_user_group = agent_user_group_type_0

        display_name = d.pop("displayName", UNSET)
        if type(display_name) is not str and display_name is not UNSET:
            raise TypeError(f"PatchUser.displayName: expected str, got {type(display_name).__name__}")

        is_hashed = d.pop("isHashed", UNSET)
        if type(is_hashed) is not bool and is_hashed is not UNSET:
            raise TypeError(f"PatchUser.isHashed: expected bool, got {type(is_hashed).__name__}")

        password = d.pop("password", UNSET)
        if type(password) is not str and password is not UNSET:
            raise TypeError(f"PatchUser.password: expected str, got {type(password).__name__}")

        remote = d.pop("remote", UNSET)
        if type(remote) is not bool and remote is not UNSET:
            raise TypeError(f"PatchUser.remote: expected bool, got {type(remote).__name__}")

        username = d.pop("username", UNSET)
        if type(username) is not str and username is not UNSET:
            raise TypeError(f"PatchUser.username: expected str, got {type(username).__name__}")

        patch_user = cls(
            active,
            admin,
            agent_user_group,
            display_name,
            is_hashed,
            password,
            remote,
            username,
        )

        patch_user.additional_properties = d if d else {}
        return patch_user

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
from ..models.agent_user_group import AgentUserGroup  # noqa: E402
