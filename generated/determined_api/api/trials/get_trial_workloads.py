from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.get_trial_workloads_request_filter_option import (
    GetTrialWorkloadsRequestFilterOption,
)
from ...models.metric_type import MetricType
from ...models.order_by import OrderBy
from ...types import UNSET, CallOptions, PageOptions, Pages, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_trial_workloads_response import GetTrialWorkloadsResponse
    from ...models.workload_container import WorkloadContainer


def _get_kwargs(
    trial_id: int,
    *,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    filter_: GetTrialWorkloadsRequestFilterOption | Unset = UNSET,
    include_batch_metrics: bool | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    remove_deleted_checkpoints: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    params["offset"] = offset

    params["limit"] = limit

    params["sortKey"] = sort_key

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params["includeBatchMetrics"] = include_batch_metrics

    json_metric_type: str | Unset = UNSET
    if not isinstance(metric_type, Unset):
        json_metric_type = metric_type

    params["metricType"] = json_metric_type

    params["group"] = group

    params["removeDeletedCheckpoints"] = remove_deleted_checkpoints

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/trials/{trial_id}/workloads".format(
            trial_id=quote(str(trial_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetTrialWorkloadsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetTrialWorkloadsResponse.from_dict(_response_200)

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
) -> "Response[ApiError | GetTrialWorkloadsResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trial_id: int,
    *,
    client: AuthenticatedClient | Client,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    filter_: GetTrialWorkloadsRequestFilterOption | Unset = UNSET,
    include_batch_metrics: bool | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    remove_deleted_checkpoints: bool | Unset = UNSET,
) -> "Response[ApiError | GetTrialWorkloadsResponse]":
    """List a trial's training, validation and checkpoint steps

     The trial's history as workloads (training steps, validations, checkpoints), filtered and sorted by
    batches or by a metric, one page at a time; `limit` 0 returns all. The Web UI's trial table.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        trial_id (int):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        sort_key (str | Unset):
        filter_ (GetTrialWorkloadsRequestFilterOption | Unset):
        include_batch_metrics (bool | Unset):
        metric_type (MetricType | Unset):
        group (str | Unset):
        remove_deleted_checkpoints (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetTrialWorkloadsResponse]
    """

    kwargs = _get_kwargs(
        trial_id=trial_id,
        order_by=order_by,
        offset=offset,
        limit=limit,
        sort_key=sort_key,
        filter_=filter_,
        include_batch_metrics=include_batch_metrics,
        metric_type=metric_type,
        group=group,
        remove_deleted_checkpoints=remove_deleted_checkpoints,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trial_id: int,
    *,
    client: AuthenticatedClient | Client,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    filter_: GetTrialWorkloadsRequestFilterOption | Unset = UNSET,
    include_batch_metrics: bool | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    remove_deleted_checkpoints: bool | Unset = UNSET,
) -> "ApiError | GetTrialWorkloadsResponse | None":
    """List a trial's training, validation and checkpoint steps

     The trial's history as workloads (training steps, validations, checkpoints), filtered and sorted by
    batches or by a metric, one page at a time; `limit` 0 returns all. The Web UI's trial table.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        trial_id (int):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        sort_key (str | Unset):
        filter_ (GetTrialWorkloadsRequestFilterOption | Unset):
        include_batch_metrics (bool | Unset):
        metric_type (MetricType | Unset):
        group (str | Unset):
        remove_deleted_checkpoints (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetTrialWorkloadsResponse
    """

    return sync_detailed(
        trial_id=trial_id,
        client=client,
        order_by=order_by,
        offset=offset,
        limit=limit,
        sort_key=sort_key,
        filter_=filter_,
        include_batch_metrics=include_batch_metrics,
        metric_type=metric_type,
        group=group,
        remove_deleted_checkpoints=remove_deleted_checkpoints,
    ).parsed


async def asyncio_detailed(
    trial_id: int,
    *,
    client: AuthenticatedClient | Client,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    filter_: GetTrialWorkloadsRequestFilterOption | Unset = UNSET,
    include_batch_metrics: bool | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    remove_deleted_checkpoints: bool | Unset = UNSET,
) -> "Response[ApiError | GetTrialWorkloadsResponse]":
    """List a trial's training, validation and checkpoint steps

     The trial's history as workloads (training steps, validations, checkpoints), filtered and sorted by
    batches or by a metric, one page at a time; `limit` 0 returns all. The Web UI's trial table.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        trial_id (int):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        sort_key (str | Unset):
        filter_ (GetTrialWorkloadsRequestFilterOption | Unset):
        include_batch_metrics (bool | Unset):
        metric_type (MetricType | Unset):
        group (str | Unset):
        remove_deleted_checkpoints (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetTrialWorkloadsResponse]
    """

    kwargs = _get_kwargs(
        trial_id=trial_id,
        order_by=order_by,
        offset=offset,
        limit=limit,
        sort_key=sort_key,
        filter_=filter_,
        include_batch_metrics=include_batch_metrics,
        metric_type=metric_type,
        group=group,
        remove_deleted_checkpoints=remove_deleted_checkpoints,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trial_id: int,
    *,
    client: AuthenticatedClient | Client,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    filter_: GetTrialWorkloadsRequestFilterOption | Unset = UNSET,
    include_batch_metrics: bool | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    remove_deleted_checkpoints: bool | Unset = UNSET,
) -> "ApiError | GetTrialWorkloadsResponse | None":
    """List a trial's training, validation and checkpoint steps

     The trial's history as workloads (training steps, validations, checkpoints), filtered and sorted by
    batches or by a metric, one page at a time; `limit` 0 returns all. The Web UI's trial table.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        trial_id (int):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        sort_key (str | Unset):
        filter_ (GetTrialWorkloadsRequestFilterOption | Unset):
        include_batch_metrics (bool | Unset):
        metric_type (MetricType | Unset):
        group (str | Unset):
        remove_deleted_checkpoints (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetTrialWorkloadsResponse
    """

    return (
        await asyncio_detailed(
            trial_id=trial_id,
            client=client,
            order_by=order_by,
            offset=offset,
            limit=limit,
            sort_key=sort_key,
            filter_=filter_,
            include_batch_metrics=include_batch_metrics,
            metric_type=metric_type,
            group=group,
            remove_deleted_checkpoints=remove_deleted_checkpoints,
        )
    ).parsed


def _from_json(data: Any) -> "GetTrialWorkloadsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetTrialWorkloadsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetTrialWorkloadsResponse":
    return _from_json(decode_json(response.content))


def request(
    trial_id: int,
    *,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    filter_: GetTrialWorkloadsRequestFilterOption | Unset = UNSET,
    include_batch_metrics: bool | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    remove_deleted_checkpoints: bool | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetTrialWorkloadsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        trial_id=trial_id,
        order_by=order_by,
        offset=offset,
        limit=limit,
        sort_key=sort_key,
        filter_=filter_,
        include_batch_metrics=include_batch_metrics,
        metric_type=metric_type,
        group=group,
        remove_deleted_checkpoints=remove_deleted_checkpoints,
    )
    return Request("get_trial_workloads", kwargs, _parse_ok, options, _from_json)


def _items(page: "GetTrialWorkloadsResponse") -> "list[WorkloadContainer]":
    items = page.workloads
    return items if isinstance(items, list) else []


def pages(
    trial_id: int,
    *,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort_key: str | Unset = UNSET,
    filter_: GetTrialWorkloadsRequestFilterOption | Unset = UNSET,
    include_batch_metrics: bool | Unset = UNSET,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    remove_deleted_checkpoints: bool | Unset = UNSET,
    **options: Unpack[PageOptions],
) -> "Pages[GetTrialWorkloadsResponse, WorkloadContainer]":
    """Every item of this list operation, page by page, for determined_client.Session.paginate."""

    def page(limit: int, offset: int) -> dict[str, Any]:
        return _get_kwargs(
            trial_id=trial_id,
            order_by=order_by,
            sort_key=sort_key,
            filter_=filter_,
            include_batch_metrics=include_batch_metrics,
            metric_type=metric_type,
            group=group,
            remove_deleted_checkpoints=remove_deleted_checkpoints,
            limit=limit,
            offset=offset,
        )

    start = 0 if isinstance(offset, Unset) else offset
    return Pages("get_trial_workloads", page, _parse_ok, _items, start, options, _from_json)
