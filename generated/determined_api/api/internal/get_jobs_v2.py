from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.job_state import JobState
from ...models.order_by import OrderBy
from ...types import UNSET, CallOptions, PageOptions, Pages, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_jobs_v2_response import GetJobsV2Response
    from ...models.rbac_job import RBACJob


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_pool: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    states: list[JobState] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["resourcePool"] = resource_pool

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item: str = states_item_data
            json_states.append(states_item)

    params["states"] = json_states

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/job-queues-v2",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetJobsV2Response":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetJobsV2Response.from_dict(_response_200)

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
) -> "Response[ApiError | GetJobsV2Response]":
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
    resource_pool: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    states: list[JobState] | Unset = UNSET,
) -> "Response[ApiError | GetJobsV2Response]":
    """List jobs in the queue with access checks

     Jobs of one resource pool, ordered by position in the queue, one page at a time. A job the caller
    may not see is shown with its details left out rather than omitted, so positions stay true.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        resource_pool (str | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        states (list[JobState] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetJobsV2Response]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        resource_pool=resource_pool,
        order_by=order_by,
        states=states,
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
    resource_pool: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    states: list[JobState] | Unset = UNSET,
) -> "ApiError | GetJobsV2Response | None":
    """List jobs in the queue with access checks

     Jobs of one resource pool, ordered by position in the queue, one page at a time. A job the caller
    may not see is shown with its details left out rather than omitted, so positions stay true.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        resource_pool (str | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        states (list[JobState] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetJobsV2Response
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        resource_pool=resource_pool,
        order_by=order_by,
        states=states,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_pool: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    states: list[JobState] | Unset = UNSET,
) -> "Response[ApiError | GetJobsV2Response]":
    """List jobs in the queue with access checks

     Jobs of one resource pool, ordered by position in the queue, one page at a time. A job the caller
    may not see is shown with its details left out rather than omitted, so positions stay true.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        resource_pool (str | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        states (list[JobState] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetJobsV2Response]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        resource_pool=resource_pool,
        order_by=order_by,
        states=states,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_pool: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    states: list[JobState] | Unset = UNSET,
) -> "ApiError | GetJobsV2Response | None":
    """List jobs in the queue with access checks

     Jobs of one resource pool, ordered by position in the queue, one page at a time. A job the caller
    may not see is shown with its details left out rather than omitted, so positions stay true.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        resource_pool (str | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        states (list[JobState] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetJobsV2Response
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            resource_pool=resource_pool,
            order_by=order_by,
            states=states,
        )
    ).parsed


def _from_json(data: Any) -> "GetJobsV2Response":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetJobsV2Response.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetJobsV2Response":
    return _from_json(decode_json(response.content))


def request(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_pool: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    states: list[JobState] | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetJobsV2Response]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        resource_pool=resource_pool,
        order_by=order_by,
        states=states,
    )
    return Request("get_jobs_v2", kwargs, _parse_ok, options, _from_json)


def _items(page: "GetJobsV2Response") -> "list[RBACJob]":
    items = page.jobs
    return items if isinstance(items, list) else []


def pages(
    *,
    offset: int | Unset = UNSET,
    resource_pool: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    states: list[JobState] | Unset = UNSET,
    **options: Unpack[PageOptions],
) -> "Pages[GetJobsV2Response, RBACJob]":
    """Every item of this list operation, page by page, for determined_client.Session.paginate."""

    def page(limit: int, offset: int) -> dict[str, Any]:
        return _get_kwargs(
            resource_pool=resource_pool,
            order_by=order_by,
            states=states,
            limit=limit,
            offset=offset,
        )

    start = 0 if isinstance(offset, Unset) else offset
    return Pages("get_jobs_v2", page, _parse_ok, _items, start, options, _from_json)
