from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...types import UNSET, CallOptions, PageOptions, Pages, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_resource_pools_response import GetResourcePoolsResponse
    from ...models.resource_pool import ResourcePool


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    unbound: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["unbound"] = unbound

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/resource-pools",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetResourcePoolsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetResourcePoolsResponse.from_dict(_response_200)

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
) -> "Response[ApiError | GetResourcePoolsResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    unbound: bool | Unset = UNSET,
) -> "Response[ApiError | GetResourcePoolsResponse]":
    """List resource pools

     The resource pools of the cluster with their type, size, slot use and defaults; `unbound` keeps only
    the pools bound to no workspace. One page at a time; `limit` 0 returns every pool.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        unbound (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetResourcePoolsResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        unbound=unbound,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    unbound: bool | Unset = UNSET,
) -> "ApiError | GetResourcePoolsResponse | None":
    """List resource pools

     The resource pools of the cluster with their type, size, slot use and defaults; `unbound` keeps only
    the pools bound to no workspace. One page at a time; `limit` 0 returns every pool.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        unbound (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetResourcePoolsResponse
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        unbound=unbound,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    unbound: bool | Unset = UNSET,
) -> "Response[ApiError | GetResourcePoolsResponse]":
    """List resource pools

     The resource pools of the cluster with their type, size, slot use and defaults; `unbound` keeps only
    the pools bound to no workspace. One page at a time; `limit` 0 returns every pool.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        unbound (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetResourcePoolsResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        unbound=unbound,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    unbound: bool | Unset = UNSET,
) -> "ApiError | GetResourcePoolsResponse | None":
    """List resource pools

     The resource pools of the cluster with their type, size, slot use and defaults; `unbound` keeps only
    the pools bound to no workspace. One page at a time; `limit` 0 returns every pool.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        unbound (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetResourcePoolsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            unbound=unbound,
        )
    ).parsed


def _from_json(data: Any) -> "GetResourcePoolsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetResourcePoolsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetResourcePoolsResponse":
    return _from_json(decode_json(response.content))


def request(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    unbound: bool | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetResourcePoolsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        unbound=unbound,
    )
    return Request("get_resource_pools", kwargs, _parse_ok, options, _from_json)


def _items(page: "GetResourcePoolsResponse") -> "list[ResourcePool]":
    items = page.resource_pools
    return items if isinstance(items, list) else []


def pages(
    *,
    offset: int | Unset = UNSET,
    unbound: bool | Unset = UNSET,
    **options: Unpack[PageOptions],
) -> "Pages[GetResourcePoolsResponse, ResourcePool]":
    """Every item of this list operation, page by page, for determined_client.Session.paginate."""

    def page(limit: int, offset: int) -> dict[str, Any]:
        return _get_kwargs(
            unbound=unbound,
            limit=limit,
            offset=offset,
        )

    start = 0 if isinstance(offset, Unset) else offset
    return Pages("get_resource_pools", page, _parse_ok, _items, start, options, _from_json)
