from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...types import UNSET, CallOptions, PageOptions, Pages, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.list_workspaces_bound_to_rp_response import ListWorkspacesBoundToRPResponse


def _get_kwargs(
    resource_pool_name: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/resource-pools/{resource_pool_name}/workspace-bindings".format(
            resource_pool_name=quote(str(resource_pool_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | ListWorkspacesBoundToRPResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.ListWorkspacesBoundToRPResponse.from_dict(_response_200)

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

    if response.status_code == 404:
        _response_404 = decode_json(response.content)
        if not isinstance(_response_404, dict):
            raise TypeError(f"response_404: expected object, got {type(_response_404).__name__}")
        response_404 = _models.ApiError.from_dict(_response_404)

        return response_404

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | ListWorkspacesBoundToRPResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> "Response[ApiError | ListWorkspacesBoundToRPResponse]":
    """List the workspaces bound to a resource pool

     Ids of the workspaces that may use the pool, one page at a time.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        resource_pool_name (str):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ListWorkspacesBoundToRPResponse]
    """

    kwargs = _get_kwargs(
        resource_pool_name=resource_pool_name,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> "ApiError | ListWorkspacesBoundToRPResponse | None":
    """List the workspaces bound to a resource pool

     Ids of the workspaces that may use the pool, one page at a time.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        resource_pool_name (str):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ListWorkspacesBoundToRPResponse
    """

    return sync_detailed(
        resource_pool_name=resource_pool_name,
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    resource_pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> "Response[ApiError | ListWorkspacesBoundToRPResponse]":
    """List the workspaces bound to a resource pool

     Ids of the workspaces that may use the pool, one page at a time.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        resource_pool_name (str):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ListWorkspacesBoundToRPResponse]
    """

    kwargs = _get_kwargs(
        resource_pool_name=resource_pool_name,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> "ApiError | ListWorkspacesBoundToRPResponse | None":
    """List the workspaces bound to a resource pool

     Ids of the workspaces that may use the pool, one page at a time.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        resource_pool_name (str):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ListWorkspacesBoundToRPResponse
    """

    return (
        await asyncio_detailed(
            resource_pool_name=resource_pool_name,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed


def _from_json(data: Any) -> "ListWorkspacesBoundToRPResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.ListWorkspacesBoundToRPResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "ListWorkspacesBoundToRPResponse":
    return _from_json(decode_json(response.content))


def request(
    resource_pool_name: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[ListWorkspacesBoundToRPResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        resource_pool_name=resource_pool_name,
        offset=offset,
        limit=limit,
    )
    return Request("list_workspaces_bound_to_rp", kwargs, _parse_ok, options, _from_json)


def _items(page: "ListWorkspacesBoundToRPResponse") -> "list[int]":
    items = page.workspace_ids
    return items if isinstance(items, list) else []


def pages(
    resource_pool_name: str,
    *,
    offset: int | Unset = UNSET,
    **options: Unpack[PageOptions],
) -> "Pages[ListWorkspacesBoundToRPResponse, int]":
    """Every item of this list operation, page by page, for determined_client.Session.paginate."""

    def page(limit: int, offset: int) -> dict[str, Any]:
        return _get_kwargs(
            resource_pool_name=resource_pool_name,
            limit=limit,
            offset=offset,
        )

    start = 0 if isinstance(offset, Unset) else offset
    return Pages("list_workspaces_bound_to_rp", page, _parse_ok, _items, start, options, _from_json)
