from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...types import CallOptions, Request, Response, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_workspaces_with_default_namespace_bindings_response import (
        GetWorkspacesWithDefaultNamespaceBindingsResponse,
    )


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/namespace-bindings/workspace-ids-with-default-bindings",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetWorkspacesWithDefaultNamespaceBindingsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetWorkspacesWithDefaultNamespaceBindingsResponse.from_dict(_response_200)

        return response_200

    if response.status_code == 400:
        _response_400 = decode_json(response.content)
        if not isinstance(_response_400, dict):
            raise TypeError(f"response_400: expected object, got {type(_response_400).__name__}")
        response_400 = _models.ApiError.from_dict(_response_400)

        return response_400

    if response.status_code == 401:
        _response_401 = decode_json(response.content)
        if not isinstance(_response_401, dict):
            raise TypeError(f"response_401: expected object, got {type(_response_401).__name__}")
        response_401 = _models.ApiError.from_dict(_response_401)

        return response_401

    if response.status_code == 403:
        _response_403 = decode_json(response.content)
        if not isinstance(_response_403, dict):
            raise TypeError(f"response_403: expected object, got {type(_response_403).__name__}")
        response_403 = _models.ApiError.from_dict(_response_403)

        return response_403

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | GetWorkspacesWithDefaultNamespaceBindingsResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> "Response[ApiError | GetWorkspacesWithDefaultNamespaceBindingsResponse]":
    """List workspaces on the default namespace

     Ids of the workspaces that still use the default namespace on at least one Kubernetes cluster.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetWorkspacesWithDefaultNamespaceBindingsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> "ApiError | GetWorkspacesWithDefaultNamespaceBindingsResponse | None":
    """List workspaces on the default namespace

     Ids of the workspaces that still use the default namespace on at least one Kubernetes cluster.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetWorkspacesWithDefaultNamespaceBindingsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> "Response[ApiError | GetWorkspacesWithDefaultNamespaceBindingsResponse]":
    """List workspaces on the default namespace

     Ids of the workspaces that still use the default namespace on at least one Kubernetes cluster.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetWorkspacesWithDefaultNamespaceBindingsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> "ApiError | GetWorkspacesWithDefaultNamespaceBindingsResponse | None":
    """List workspaces on the default namespace

     Ids of the workspaces that still use the default namespace on at least one Kubernetes cluster.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetWorkspacesWithDefaultNamespaceBindingsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


def _from_json(data: Any) -> "GetWorkspacesWithDefaultNamespaceBindingsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetWorkspacesWithDefaultNamespaceBindingsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetWorkspacesWithDefaultNamespaceBindingsResponse":
    return _from_json(decode_json(response.content))


def request(
    **options: Unpack[CallOptions],
) -> "Request[GetWorkspacesWithDefaultNamespaceBindingsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs()
    return Request("get_workspaces_with_default_namespace_bindings", kwargs, _parse_ok, options, _from_json)
