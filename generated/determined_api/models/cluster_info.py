from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterInfo")


@_attrs_define
class ClusterInfo:
    """The flat answer of GET /api/v1/master.

    Attributes:
        version (str):
        master_id (str):
        cluster_id (str):
        cluster_name (str):
        strict_job_queue_control (bool):
        has_custom_logo (bool):
        telemetry_enabled (bool | None | Unset):
        external_login_uri (None | str | Unset):
        external_logout_uri (None | str | Unset):
        branding (None | str | Unset):
        rbac_enabled (bool | None | Unset):
        product (None | str | Unset): Product edition, for example PRODUCT_UNSPECIFIED.
        feature_switches (list[str] | None | Unset):
        user_management_enabled (bool | None | Unset):
        sso_providers (list[SsoProvider] | None | Unset):
        cluster_message (ClusterMessage | None | Unset):
    """

    version: str
    master_id: str
    cluster_id: str
    cluster_name: str
    strict_job_queue_control: bool
    has_custom_logo: bool
    telemetry_enabled: bool | None | Unset = UNSET
    external_login_uri: None | str | Unset = UNSET
    external_logout_uri: None | str | Unset = UNSET
    branding: None | str | Unset = UNSET
    rbac_enabled: bool | None | Unset = UNSET
    product: None | str | Unset = UNSET
    feature_switches: list[str] | None | Unset = UNSET
    user_management_enabled: bool | None | Unset = UNSET
    sso_providers: list[SsoProvider] | None | Unset = UNSET
    cluster_message: ClusterMessage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        master_id = self.master_id

        cluster_id = self.cluster_id

        cluster_name = self.cluster_name

        strict_job_queue_control = self.strict_job_queue_control

        has_custom_logo = self.has_custom_logo

        telemetry_enabled: bool | None | Unset
        if isinstance(self.telemetry_enabled, Unset):
            telemetry_enabled = UNSET
        else:
            telemetry_enabled = self.telemetry_enabled

        external_login_uri: None | str | Unset
        if isinstance(self.external_login_uri, Unset):
            external_login_uri = UNSET
        else:
            external_login_uri = self.external_login_uri

        external_logout_uri: None | str | Unset
        if isinstance(self.external_logout_uri, Unset):
            external_logout_uri = UNSET
        else:
            external_logout_uri = self.external_logout_uri

        branding: None | str | Unset
        if isinstance(self.branding, Unset):
            branding = UNSET
        else:
            branding = self.branding

        rbac_enabled: bool | None | Unset
        if isinstance(self.rbac_enabled, Unset):
            rbac_enabled = UNSET
        else:
            rbac_enabled = self.rbac_enabled

        product: None | str | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        else:
            product = self.product

        feature_switches: list[str] | None | Unset
        if isinstance(self.feature_switches, Unset):
            feature_switches = UNSET
        elif isinstance(self.feature_switches, list):
            feature_switches = self.feature_switches

        else:
            feature_switches = self.feature_switches

        user_management_enabled: bool | None | Unset
        if isinstance(self.user_management_enabled, Unset):
            user_management_enabled = UNSET
        else:
            user_management_enabled = self.user_management_enabled

        sso_providers: list[dict[str, Any]] | None | Unset
        if isinstance(self.sso_providers, Unset):
            sso_providers = UNSET
        elif isinstance(self.sso_providers, list):
            sso_providers = []
            for sso_providers_type_0_item_data in self.sso_providers:
                sso_providers_type_0_item = sso_providers_type_0_item_data.to_dict()
                sso_providers.append(sso_providers_type_0_item)

        else:
            sso_providers = self.sso_providers

        cluster_message: dict[str, Any] | None | Unset
        if isinstance(self.cluster_message, Unset):
            cluster_message = UNSET
        elif isinstance(self.cluster_message, ClusterMessage):
            cluster_message = self.cluster_message.to_dict()
        else:
            cluster_message = self.cluster_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "masterId": master_id,
                "clusterId": cluster_id,
                "clusterName": cluster_name,
                "strictJobQueueControl": strict_job_queue_control,
                "hasCustomLogo": has_custom_logo,
            }
        )
        if telemetry_enabled is not UNSET:
            field_dict["telemetryEnabled"] = telemetry_enabled
        if external_login_uri is not UNSET:
            field_dict["externalLoginUri"] = external_login_uri
        if external_logout_uri is not UNSET:
            field_dict["externalLogoutUri"] = external_logout_uri
        if branding is not UNSET:
            field_dict["branding"] = branding
        if rbac_enabled is not UNSET:
            field_dict["rbacEnabled"] = rbac_enabled
        if product is not UNSET:
            field_dict["product"] = product
        if feature_switches is not UNSET:
            field_dict["featureSwitches"] = feature_switches
        if user_management_enabled is not UNSET:
            field_dict["userManagementEnabled"] = user_management_enabled
        if sso_providers is not UNSET:
            field_dict["ssoProviders"] = sso_providers
        if cluster_message is not UNSET:
            field_dict["clusterMessage"] = cluster_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")
        if type(version) is not str:
            raise TypeError(f"ClusterInfo.version: expected str, got {type(version).__name__}")

        master_id = d.pop("masterId")
        if type(master_id) is not str:
            raise TypeError(f"ClusterInfo.masterId: expected str, got {type(master_id).__name__}")

        cluster_id = d.pop("clusterId")
        if type(cluster_id) is not str:
            raise TypeError(f"ClusterInfo.clusterId: expected str, got {type(cluster_id).__name__}")

        cluster_name = d.pop("clusterName")
        if type(cluster_name) is not str:
            raise TypeError(f"ClusterInfo.clusterName: expected str, got {type(cluster_name).__name__}")

        strict_job_queue_control = d.pop("strictJobQueueControl")
        if type(strict_job_queue_control) is not bool:
            raise TypeError(
                f"ClusterInfo.strictJobQueueControl: expected bool, got {type(strict_job_queue_control).__name__}"
            )

        has_custom_logo = d.pop("hasCustomLogo")
        if type(has_custom_logo) is not bool:
            raise TypeError(f"ClusterInfo.hasCustomLogo: expected bool, got {type(has_custom_logo).__name__}")

        telemetry_enabled = d.pop("telemetryEnabled", UNSET)
        if type(telemetry_enabled) is not bool and telemetry_enabled is not None and telemetry_enabled is not UNSET:
            raise TypeError(f"ClusterInfo.telemetryEnabled: expected bool, got {type(telemetry_enabled).__name__}")

        external_login_uri = d.pop("externalLoginUri", UNSET)
        if type(external_login_uri) is not str and external_login_uri is not None and external_login_uri is not UNSET:
            raise TypeError(f"ClusterInfo.externalLoginUri: expected str, got {type(external_login_uri).__name__}")

        external_logout_uri = d.pop("externalLogoutUri", UNSET)
        if (
            type(external_logout_uri) is not str
            and external_logout_uri is not None
            and external_logout_uri is not UNSET
        ):
            raise TypeError(f"ClusterInfo.externalLogoutUri: expected str, got {type(external_logout_uri).__name__}")

        branding = d.pop("branding", UNSET)
        if type(branding) is not str and branding is not None and branding is not UNSET:
            raise TypeError(f"ClusterInfo.branding: expected str, got {type(branding).__name__}")

        rbac_enabled = d.pop("rbacEnabled", UNSET)
        if type(rbac_enabled) is not bool and rbac_enabled is not None and rbac_enabled is not UNSET:
            raise TypeError(f"ClusterInfo.rbacEnabled: expected bool, got {type(rbac_enabled).__name__}")

        product = d.pop("product", UNSET)
        if type(product) is not str and product is not None and product is not UNSET:
            raise TypeError(f"ClusterInfo.product: expected str, got {type(product).__name__}")

        _feature_switches = d.pop("featureSwitches", UNSET)
        feature_switches: list[str] | None | Unset
        if _feature_switches is None or _feature_switches is UNSET:
            feature_switches = _feature_switches
        else:
            _feature_switches_type_0 = _feature_switches
            if not isinstance(_feature_switches_type_0, list):
                raise TypeError(
                    f"ClusterInfo.featureSwitches: expected list, got {type(_feature_switches_type_0).__name__}"
                )
            for feature_switches_type_0_item_data in _feature_switches_type_0:
                if type(feature_switches_type_0_item_data) is not str:
                    raise TypeError(
                        f"ClusterInfo.featureSwitches item: expected str, got {type(feature_switches_type_0_item_data).__name__}"
                    )
            feature_switches_type_0: list[str] = _feature_switches_type_0

            feature_switches = feature_switches_type_0

        user_management_enabled = d.pop("userManagementEnabled", UNSET)
        if (
            type(user_management_enabled) is not bool
            and user_management_enabled is not None
            and user_management_enabled is not UNSET
        ):
            raise TypeError(
                f"ClusterInfo.userManagementEnabled: expected bool, got {type(user_management_enabled).__name__}"
            )

        _sso_providers = d.pop("ssoProviders", UNSET)
        sso_providers: list[SsoProvider] | None | Unset
        if _sso_providers is None or _sso_providers is UNSET:
            sso_providers = _sso_providers
        else:
            _sso_providers_type_0 = _sso_providers
            if not isinstance(_sso_providers_type_0, list):
                raise TypeError(f"ClusterInfo.ssoProviders: expected list, got {type(_sso_providers_type_0).__name__}")
            sso_providers_type_0 = []
            for sso_providers_type_0_item_data in _sso_providers_type_0:
                if not isinstance(sso_providers_type_0_item_data, dict):
                    raise TypeError(
                        f"ClusterInfo.ssoProviders item: expected object, got {type(sso_providers_type_0_item_data).__name__}"
                    )
                sso_providers_type_0_item = SsoProvider.from_dict(sso_providers_type_0_item_data)

                sso_providers_type_0.append(sso_providers_type_0_item)

            sso_providers = sso_providers_type_0

        _cluster_message = d.pop("clusterMessage", UNSET)
        cluster_message: ClusterMessage | None | Unset
        if _cluster_message is None or _cluster_message is UNSET:
            cluster_message = _cluster_message
        else:
            if not isinstance(_cluster_message, dict):
                raise TypeError(f"ClusterInfo.clusterMessage: expected object, got {type(_cluster_message).__name__}")
            cluster_message_type_0 = ClusterMessage.from_dict(_cluster_message)

            cluster_message = cluster_message_type_0

        cluster_info = cls(
            version,
            master_id,
            cluster_id,
            cluster_name,
            strict_job_queue_control,
            has_custom_logo,
            telemetry_enabled,
            external_login_uri,
            external_logout_uri,
            branding,
            rbac_enabled,
            product,
            feature_switches,
            user_management_enabled,
            sso_providers,
            cluster_message,
        )

        cluster_info.additional_properties = d if d else {}
        return cluster_info

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
from ..models.cluster_message import ClusterMessage  # noqa: E402
from ..models.sso_provider import SsoProvider  # noqa: E402
