import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.allocation_csv_period import AllocationCsvPeriod
from ...types import UNSET, CallOptions, Request, Response, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError


def _get_kwargs(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    period: AllocationCsvPeriod,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_period: str = period
    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/allocation/aggregated",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> "ApiError | str":
    if response.status_code == 200:
        response_200 = response.text
        if type(response_200) is not str:
            raise TypeError(f"response_200: expected str, got {type(response_200).__name__}")

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> "Response[ApiError | str]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    period: AllocationCsvPeriod,
) -> "Response[ApiError | str]":
    """Download aggregated resource use as CSV

     A CSV file (`text/csv`) of slot hours per `period` (daily or monthly) from `start_date` to
    `end_date` (`YYYY-MM-DD`). Served outside the `/api/v1` prefix.

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        period (AllocationCsvPeriod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | str]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    period: AllocationCsvPeriod,
) -> "ApiError | str | None":
    """Download aggregated resource use as CSV

     A CSV file (`text/csv`) of slot hours per `period` (daily or monthly) from `start_date` to
    `end_date` (`YYYY-MM-DD`). Served outside the `/api/v1` prefix.

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        period (AllocationCsvPeriod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | str
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        period=period,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    period: AllocationCsvPeriod,
) -> "Response[ApiError | str]":
    """Download aggregated resource use as CSV

     A CSV file (`text/csv`) of slot hours per `period` (daily or monthly) from `start_date` to
    `end_date` (`YYYY-MM-DD`). Served outside the `/api/v1` prefix.

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        period (AllocationCsvPeriod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | str]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    period: AllocationCsvPeriod,
) -> "ApiError | str | None":
    """Download aggregated resource use as CSV

     A CSV file (`text/csv`) of slot hours per `period` (daily or monthly) from `start_date` to
    `end_date` (`YYYY-MM-DD`). Served outside the `/api/v1` prefix.

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        period (AllocationCsvPeriod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            period=period,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> "str":
    response_200 = response.text
    if type(response_200) is not str:
        raise TypeError(f"response_200: expected str, got {type(response_200).__name__}")

    return response_200


def request(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    period: AllocationCsvPeriod,
    **options: Unpack[CallOptions],
) -> "Request[str]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        period=period,
    )
    kwargs.setdefault("headers", {})["Accept"] = "text/csv"
    return Request("get_aggregated_resource_allocation_csv", kwargs, _parse_ok, options)
